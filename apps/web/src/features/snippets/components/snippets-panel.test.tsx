import { configure, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, json, problem } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { SnippetsPanel } from "./snippets-panel";

// Fluent renders slowly in jsdom, and this machine is shared: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const BASE = "/api/deployments/ws-prod/churn";
const CURL = `curl -X POST "http://127.0.0.1:8090/score/churn" \\\n  -H "Authorization: Bearer <your-primary-key>"`;

const snippets = () =>
  json({
    workspace: "ws-prod",
    deployment: "churn",
    mode: "key",
    scoringUri: "http://127.0.0.1:8090/score/churn",
    tokenUrl: null,
    snippets: {
      python: 'import requests\nheaders = {"Authorization": "Bearer <your-primary-key>"}',
      curl: CURL,
      typescript: 'await fetch("http://127.0.0.1:8090/score/churn")',
    },
  });

const render = () =>
  renderWithProviders(<SnippetsPanel workspace="ws-prod" name="churn" authMode="key" />, {
    me: meWithRoles(["Auditor"]),
    toaster: true,
  });

describe("snippets panel", () => {
  it("shows each language in a tab and copies the selected one, with a toast", async () => {
    fakeApi({ [`GET ${BASE}/snippets`]: snippets });
    const user = userEvent.setup(); // provides a clipboard
    render();

    expect(await screen.findByRole("tab", { name: "Python", selected: true })).toBeInTheDocument();
    expect(screen.getByLabelText("Python code")).toHaveTextContent("import requests");

    await user.click(screen.getByRole("tab", { name: "cURL" }));
    expect(screen.getByRole("tabpanel")).toHaveAccessibleName("cURL");
    expect(screen.getByLabelText("cURL code").textContent).toBe(CURL);

    await user.click(screen.getByRole("button", { name: "Copy cURL" }));
    expect(await navigator.clipboard.readText()).toBe(CURL);
    expect(await screen.findByText("cURL snippet copied to the clipboard.")).toBeInTheDocument();
  });

  it("moves between languages with the arrow keys", async () => {
    fakeApi({ [`GET ${BASE}/snippets`]: snippets });
    const user = userEvent.setup();
    render();
    await user.click(await screen.findByRole("tab", { name: "Python" }));
    await user.keyboard("{ArrowRight}{Enter}");
    expect(screen.getByRole("tab", { name: "cURL" })).toHaveFocus();
    expect(screen.getByRole("tab", { name: "cURL", selected: true })).toBeInTheDocument();
  });

  it("shows an error it can retry", async () => {
    const api = fakeApi({ [`GET ${BASE}/snippets`]: [() => problem(502, "provider_unavailable"), snippets] });
    const user = userEvent.setup();
    render();
    expect(
      await screen.findByText("The Azure ML workspace cannot be reached right now."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("tab", { name: "Python" })).toBeInTheDocument();
    expect(api.callsTo(`GET ${BASE}/snippets`)).toHaveLength(2);
  });
});
