import { SAMPLE_SCORING_INPUT } from "@keyturn/api-contract";
import { configure, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { fakeApi, json } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { TestConsolePanel } from "./test-console-panel";

// Fluent renders slowly in jsdom, and this machine is shared: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const BASE = "/api/deployments/ws-prod/churn";

const answer = (overrides: Record<string, unknown> = {}) => ({
  workspace: "ws-prod",
  deployment: "churn",
  credential: "secondary",
  scoringUri: "http://127.0.0.1:8090/score/churn",
  status: 200,
  latencyMs: 42.4,
  headers: { "content-type": "application/json", "x-ms-request-id": "req-7" },
  body: "[182.5,91.2]",
  truncated: false,
  ...overrides,
});

const render = (authMode: "key" | "token" | "none" = "key", roles = ["KeyRotator"]) =>
  renderWithProviders(<TestConsolePanel workspace="ws-prod" name="churn" authMode={authMode} />, {
    me: meWithRoles(roles),
  });

describe("test console", () => {
  it("offers the credentials of the service's auth mode first, and the body pre-filled with the sample input", async () => {
    fakeApi({});
    render("token");
    const radios = within(screen.getByRole("radiogroup")).getAllByRole("radio");
    expect(radios.map((radio) => radio.getAttribute("value"))).toEqual([
      "token",
      "primary",
      "secondary",
      "none",
    ]);
    expect(screen.getByRole("radio", { name: "Token" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Primary key" })).toHaveAccessibleDescription(
      "Expected to be refused with this service's authentication.",
    );
    expect(screen.getByRole("textbox", { name: "Request body (JSON)" })).toHaveValue(
      JSON.stringify(SAMPLE_SCORING_INPUT, null, 2),
    );
  });

  it("sends the chosen credential by name with the edited body, and shows status, latency, headers and body", async () => {
    const api = fakeApi({ [`POST ${BASE}/test-call`]: () => json(answer()) });
    render("key");
    const user = userEvent.setup();
    await user.click(screen.getByRole("radio", { name: "Secondary key" }));
    const editor = screen.getByRole("textbox", { name: "Request body (JSON)" });
    await user.clear(editor);
    await user.click(editor);
    await user.paste('{"data":[[1,2,3,4,5,6,7,8,9,10]]}');
    await user.click(screen.getByRole("button", { name: "Send" }));

    const response = await screen.findByRole("region", { name: "Response" });
    expect(api.callsTo(`POST ${BASE}/test-call`).map((call) => call.body)).toEqual([
      { credential: "secondary", body: { data: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]] } },
    ]);
    expect(within(response).getByText("Status 200")).toBeInTheDocument();
    expect(within(response).getByText("42 ms")).toBeInTheDocument();
    const headers = within(response).getByRole("table", { name: "Headers" });
    expect(within(headers).getByText("x-ms-request-id")).toBeInTheDocument();
    expect(within(headers).getByText("req-7")).toBeInTheDocument();
    expect(within(response).getByLabelText("Body")).toHaveTextContent("[ 182.5, 91.2 ]");
    expect(within(response).queryByText("Only the first 4 KB of the body is shown.")).not.toBeInTheDocument();
    // The body copies as it came, as the portal's test pane lets one copy the response.
    await user.click(within(response).getByRole("button", { name: "Copy Response body" }));
    expect(await navigator.clipboard.readText()).toBe(answer().body);
  });

  it("refuses to send a body that is not JSON, and says so", async () => {
    const api = fakeApi({});
    render("key");
    const user = userEvent.setup();
    const editor = screen.getByRole("textbox", { name: "Request body (JSON)" });
    await user.clear(editor);
    await user.type(editor, "not json");
    expect(screen.getByText("This is not valid JSON.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Send" }));
    expect(editor).toHaveFocus();
    expect(api.calls).toEqual([]);
  });

  it("shows a refusal and a truncated body as such", async () => {
    fakeApi({
      [`POST ${BASE}/test-call`]: () =>
        json(
          answer({
            credential: "none",
            status: 401,
            headers: { "www-authenticate": "Bearer" },
            body: "x".repeat(4096),
            truncated: true,
          }),
        ),
    });
    render("key");
    const user = userEvent.setup();
    await user.click(screen.getByRole("radio", { name: "No credential" }));
    await user.click(screen.getByRole("button", { name: "Send" }));
    const response = await screen.findByRole("region", { name: "Response" });
    expect(within(response).getByText("Status 401")).toBeInTheDocument();
    expect(within(response).getByText("Refused: the credential was not accepted.")).toBeInTheDocument();
    expect(within(response).getByText("Only the first 4 KB of the body is shown.")).toBeInTheDocument();
  });

  it("verifies enforcement and reports each check with its expected and actual outcome, in words", async () => {
    const check = (
      name: string,
      outcome: string,
      actualStatus: number | null,
      keyType: string | null = null,
    ) => ({
      check: name,
      keyType,
      description: "(English from the BFF)",
      expected: "refused",
      actualStatus,
      outcome,
      explanation: "(English from the BFF)",
    });
    fakeApi({
      [`POST ${BASE}/verify-enforcement`]: () =>
        json({
          workspace: "ws-prod",
          deployment: "churn",
          mode: "key",
          enforced: true,
          passed: false,
          checks: [
            check("no-credential", "pass", 401),
            check("garbage-key", "fail", 200),
            check("forged-token", "pass", 401),
            check("previous-key", "skipped", null),
          ],
        }),
    });
    render("key", ["Auditor"]);
    expect(screen.getByRole("button", { name: "Send" })).toHaveAttribute("aria-disabled", "true");
    // Disabled with its reason in words, beside it and as its description.
    const reason = "Only people with one of the Operator or Key rotator roles can do this.";
    expect(screen.getByText(reason)).toBeVisible();
    expect(screen.getByRole("button", { name: "Send" })).toHaveAccessibleDescription(reason);
    await userEvent.setup().click(screen.getByRole("button", { name: "Verify enforcement" }));

    const report = await screen.findByRole("table", { name: "Enforcement report" });
    const rows = within(report).getAllByRole("row").slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole("cell")
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      [
        "A call without a credential",
        "Refused (401 or 403)",
        "401",
        "Pass",
        "Refused with 401, as expected.",
      ],
      [
        "A random value shaped like a key",
        "Refused (401 or 403)",
        "200",
        "Fail",
        "Accepted with 200 although the credential is not valid: authentication is not enforced.",
      ],
      [
        "A well-formed token signed by a key the service does not trust",
        "Refused (401 or 403)",
        "401",
        "Pass",
        "Refused with 401, as expected.",
      ],
      [
        "The key value replaced by a recent regeneration",
        "Refused (401 or 403)",
        "Not called",
        "Skipped",
        "Not run: no replaced key value is held right now (Keyturn keeps one only briefly, in memory, after a regeneration it made).",
      ],
    ]);
    expect(
      screen.getByText("Some checks were not refused as expected: see the failed rows."),
    ).toBeInTheDocument();
  });
});
