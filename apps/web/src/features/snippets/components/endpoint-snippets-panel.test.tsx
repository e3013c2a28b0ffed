import { configure, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { type ApiCall, fakeApi, json, problem } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { EndpointSnippetsPanel } from "./endpoint-snippets-panel";

// Fluent renders slowly in jsdom, and this machine is shared: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const ROUTE = "GET /api/endpoints/ws-prod/churn-online/snippets";
const URI = "https://churn-online.eastus.inference.ml.azure.com/score";

/** The BFF's answer for the deployment the request asked for (read from its query). */
const answerFor = (deployment: string | null) => {
  const header = deployment ? ` -H 'azureml-model-deployment: ${deployment}'` : "";
  return json({
    workspace: "ws-prod",
    endpoint: "churn-online",
    authMode: "Key",
    scoringUri: URI,
    deployment,
    deployments: ["blue", "green"],
    snippets: {
      python: 'KEY = os.environ["ENDPOINT_KEY"]',
      curl: `curl -sS -X POST '${URI}' -H "Authorization: Bearer $ENDPOINT_KEY"${header}`,
      typescript: "const key = process.env.ENDPOINT_KEY;",
      cli: `az ml online-endpoint invoke --name 'churn-online'${deployment ? ` --deployment-name '${deployment}'` : ""}`,
    },
  });
};

function render() {
  const api = fakeApi({ [ROUTE]: (_call: ApiCall) => answerFor(null) });
  // The fake matches paths only: answer by the query the panel sent.
  api.fetch.mockImplementation(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), "http://localhost");
    api.calls.push({ method: "GET", path: `${url.pathname}${url.search}`, body: undefined });
    return answerFor(url.searchParams.get("deployment"));
  });
  renderWithProviders(
    <EndpointSnippetsPanel
      workspace="ws-prod"
      name="churn-online"
      authMode="Key"
      deployments={["blue", "green"]}
    />,
    { me: meWithRoles(["Auditor"]), toaster: true },
  );
  return api;
}

describe("endpoint snippets panel", () => {
  it("offers Python, cURL, TypeScript and the Azure CLI, and copies the selected one", async () => {
    const user = userEvent.setup(); // provides a clipboard
    render();
    expect(await screen.findByRole("tab", { name: "Python", selected: true })).toBeInTheDocument();
    expect(screen.getByText(/reads the Primary or Secondary key from the ENDPOINT_KEY/)).toBeInTheDocument();
    expect(screen.getByLabelText("Python code")).toHaveTextContent('os.environ["ENDPOINT_KEY"]');
    const tabs = screen.getAllByRole("tab");
    expect(tabs).toHaveLength(4);
    ["Python", "cURL", "TypeScript", "Azure CLI"].forEach((name, i) => {
      expect(tabs[i]).toHaveAccessibleName(name);
    });

    await user.click(screen.getByRole("tab", { name: "Azure CLI" }));
    expect(screen.getByRole("tabpanel")).toHaveAccessibleName("Azure CLI");
    await user.click(screen.getByRole("button", { name: "Copy Azure CLI" }));
    expect(await navigator.clipboard.readText()).toBe("az ml online-endpoint invoke --name 'churn-online'");
    expect(await screen.findByText("Azure CLI snippet copied to the clipboard.")).toBeInTheDocument();
  });

  it("a chosen deployment asks for code with its header, keeping the language selected", async () => {
    const user = userEvent.setup();
    const api = render();
    await user.click(await screen.findByRole("tab", { name: "cURL" }));
    expect(screen.getByLabelText("cURL code").textContent).not.toContain("azureml-model-deployment");

    await user.selectOptions(screen.getByRole("combobox", { name: /Deployment/ }), "green");
    expect(await screen.findByText(/azureml-model-deployment: green/)).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "cURL", selected: true })).toBeInTheDocument();
    expect(api.calls.map((call) => call.path)).toEqual([
      "/api/endpoints/ws-prod/churn-online/snippets",
      "/api/endpoints/ws-prod/churn-online/snippets?deployment=green",
    ]);

    await user.selectOptions(screen.getByRole("combobox", { name: /Deployment/ }), "");
    expect(await screen.findByLabelText("cURL code")).not.toHaveTextContent("azureml-model-deployment");
  });

  it("shows an error it can retry", async () => {
    const api = fakeApi({ [ROUTE]: [() => problem(502, "provider_unavailable"), () => answerFor(null)] });
    const user = userEvent.setup();
    renderWithProviders(
      <EndpointSnippetsPanel workspace="ws-prod" name="churn-online" authMode="AADToken" deployments={[]} />,
      { me: meWithRoles(["Auditor"]) },
    );
    expect(
      await screen.findByText("The Azure ML workspace cannot be reached right now."),
    ).toBeInTheDocument();
    expect(screen.getByText(/Microsoft Entra ID token for https:\/\/ml.azure.com/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("tab", { name: "Python" })).toBeInTheDocument();
    expect(api.callsTo(ROUTE)).toHaveLength(2);
  });
});
