import { act, configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { setApiAuth } from "../../../lib/api-client";
import { fakeApi, json, problem } from "../../../testing/fake-api";
import { meWithRoles, renderWithProviders } from "../../../testing/render";
import { KeysPanel } from "./keys-panel";

// Fluent renders slowly in jsdom, and this machine is shared: wait longer than the defaults.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 60_000 });

const BASE = "/api/deployments/ws-prod/churn";
const PRIMARY_VALUE = "pk_live_0123456789abcdefghijklmnopqrstuv";

const key = (keyType: "Primary" | "Secondary", extra: Record<string, unknown> = {}) => ({
  keyType,
  fingerprint: keyType === "Primary" ? "a1b2c3d4e5f6" : "0f1e2d3c4b5a",
  issuedAt: "2026-01-10T09:00:00.000Z",
  rotatedAt: keyType === "Primary" ? "2026-01-10T09:00:00.000Z" : null,
  rotatedBy: keyType === "Primary" ? "support@keyturn.test" : null,
  ageDays: keyType === "Primary" ? 12 : 40,
  changedOutsideConsole: false,
  weak: false,
  ...extra,
});

const ETAG = '"keys-v1"';
/** A handler answering the keys list (with the ETag, as header and in the body). */
const keyList =
  (etag = ETAG, secondary: Record<string, unknown> = {}) =>
  () =>
    json(
      {
        workspace: "ws-prod",
        deployment: "churn",
        keys: [key("Secondary", secondary), key("Primary")],
        etag,
      },
      200,
      { ETag: etag },
    );

/** The If-Match header of every POST to `path`, in order (fakeApi records bodies; headers are on init). */
const ifMatchOfPosts = (api: ReturnType<typeof fakeApi>, path: string) =>
  api.fetch.mock.calls
    .filter(([input, init]) => init?.method === "POST" && String(input).endsWith(path))
    .map(([, init]) => new Headers(init?.headers).get("If-Match"));

function renderPanel(roles = ["KeyRotator"]) {
  return renderWithProviders(<KeysPanel workspace="ws-prod" name="churn" authMode="key" />, {
    me: meWithRoles(roles),
  });
}

afterEach(() => {
  vi.useRealTimers();
  setApiAuth(undefined);
});

describe("keys panel", () => {
  it("shows both keys masked, with fingerprint, age and last rotation, Primary first", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-01-22T09:00:00.000Z") });
    fakeApi({ [`GET ${BASE}/keys`]: keyList() });
    renderPanel();

    const primary = await screen.findByRole("region", { name: "Primary key" });
    const secondary = screen.getByRole("region", { name: "Secondary key" });
    expect(primary.compareDocumentPosition(secondary) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(primary).getByRole("img", { name: "Primary key, value hidden" })).toHaveTextContent("••••");
    expect(within(primary).getByText("a1b2c3d4e5f6")).toBeInTheDocument();
    // Issued and last rotated: how long ago, the date beside it (never "Age 12 days").
    expect(within(primary).getAllByText("12 days ago")).toHaveLength(2);
    expect(within(primary).queryByText("Age")).toBeNull();
    expect(within(primary).getByText(/by support@keyturn\.test$/)).toBeInTheDocument();
    expect(within(secondary).getByText("Never rotated")).toBeInTheDocument();
  });

  it("warns about a key that breaks the key rule (chosen outside the console), on that key only", async () => {
    fakeApi({ [`GET ${BASE}/keys`]: keyList(ETAG, { weak: true }) });
    renderPanel();
    const secondary = await screen.findByRole("region", { name: "Secondary key" });
    expect(within(secondary).getByText(/breaks the key rule/)).toBeInTheDocument();
    const primary = screen.getByRole("region", { name: "Primary key" });
    expect(within(primary).queryByText(/breaks the key rule/)).not.toBeInTheDocument();
  });

  it("hides regenerate, reveal and identify from a role without those permissions", async () => {
    fakeApi({ [`GET ${BASE}/keys`]: keyList() });
    renderPanel(["Auditor"]);
    await screen.findByRole("region", { name: "Primary key" });
    expect(screen.queryByRole("button", { name: /Regenerate/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Reveal/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText("Key to identify")).not.toBeInTheDocument();
    // Not silently: the panel says what is missing and which roles have it.
    expect(
      screen.getByText(
        "You can read these keys' details, but not reveal, regenerate or identify a key. Only people with one of the Operator or Key rotator roles can do this.",
      ),
    ).toBeVisible();
  });

  it("says nothing about roles to someone who may use every action", async () => {
    fakeApi({ [`GET ${BASE}/keys`]: keyList() });
    renderPanel(["KeyRotator"]);
    await screen.findByRole("region", { name: "Primary key" });
    expect(screen.queryByText(/Only people with/)).not.toBeInTheDocument();
  });

  it("asks for confirmation naming the key and the consequence; cancel sends nothing", async () => {
    const api = fakeApi({ [`GET ${BASE}/keys`]: keyList() });
    renderPanel();
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Regenerate Secondary key" }));

    const dialog = await screen.findByRole("alertdialog", { name: "Regenerate the Secondary key?" });
    expect(dialog).toHaveTextContent(
      "Callers using the Secondary key get 401 at once; the Primary key keeps working, so move callers to the Primary key first, then regenerate the Secondary key.",
    );
    const cancel = within(dialog).getByRole("button", { name: "Cancel" });
    expect(cancel).toHaveFocus(); // the safe choice first

    await user.click(cancel);
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(api.calls.filter((call) => call.method === "POST")).toEqual([]);
  });

  it("regenerates on confirm with If-Match on the keys' ETag, then reloads the keys", async () => {
    const api = fakeApi({
      [`GET ${BASE}/keys`]: [keyList(), keyList('"keys-v2"', { fingerprint: "99aa88bb77cc" })],
      [`POST ${BASE}/keys/Secondary/regenerate`]: () =>
        json(
          {
            workspace: "ws-prod",
            deployment: "churn",
            outcome: "succeeded",
            previousFingerprint: "0f1e2d3c4b5a",
            key: key("Secondary", { fingerprint: "99aa88bb77cc", ageDays: 0 }),
            etag: '"keys-v2"',
          },
          200,
          { ETag: '"keys-v2"' },
        ),
    });
    renderPanel();
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Regenerate Secondary key" }));
    const dialog = await screen.findByRole("alertdialog");
    await user.click(within(dialog).getByRole("button", { name: "Regenerate Secondary key" }));

    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(api.callsTo(`POST ${BASE}/keys/Secondary/regenerate`)).toHaveLength(1);
    await waitFor(() => expect(api.callsTo(`GET ${BASE}/keys`)).toHaveLength(2));
    expect(await screen.findByText("99aa88bb77cc")).toBeInTheDocument();

    // The next regeneration goes out with the ETag of the keys as reloaded.
    await user.click(await screen.findByRole("button", { name: "Regenerate Primary key" }));
    const next = await screen.findByRole("alertdialog", { name: "Regenerate the Primary key?" });
    await user.click(within(next).getByRole("button", { name: "Regenerate Primary key" }));
    await waitFor(() => expect(ifMatchOfPosts(api, "/keys/Primary/regenerate")).toHaveLength(1));
    expect(ifMatchOfPosts(api, "/keys/Secondary/regenerate")).toEqual([ETAG]);
    expect(ifMatchOfPosts(api, "/keys/Primary/regenerate")).toEqual(['"keys-v2"']);
  });

  it("explains a conflict (412: someone else regenerated a key), reloads the keys on request, then regenerates with the fresh ETag", async () => {
    const api = fakeApi({
      [`GET ${BASE}/keys`]: [
        keyList(),
        // Someone else regenerated the Secondary key meanwhile.
        keyList('"keys-v2"', { fingerprint: "77dd66ee55ff", rotatedBy: "other@keyturn.test" }),
      ],
      [`POST ${BASE}/keys/Secondary/regenerate`]: [
        () => problem(412, "precondition_failed", { ETag: '"keys-v2"' }),
        () =>
          json({
            workspace: "ws-prod",
            deployment: "churn",
            outcome: "succeeded",
            previousFingerprint: "77dd66ee55ff",
            key: key("Secondary", { fingerprint: "99aa88bb77cc", ageDays: 0 }),
            etag: '"keys-v3"',
          }),
      ],
    });
    renderPanel();
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Regenerate Secondary key" }));
    const dialog = await screen.findByRole("alertdialog");
    const confirm = within(dialog).getByRole("button", { name: "Regenerate Secondary key" });
    await user.click(confirm);

    const alert = await within(dialog).findByRole("alert");
    expect(alert).toHaveTextContent("Someone else changed the keys");
    expect(alert).toHaveTextContent(
      "The keys changed since you opened this page (someone else regenerated one). Reload them before regenerating.",
    );
    // Nothing else is sent until the keys are reloaded, and a conflict does not reload them by itself.
    expect(confirm).toHaveAttribute("aria-disabled", "true");
    expect(api.callsTo(`GET ${BASE}/keys`)).toHaveLength(1);

    await user.click(within(alert).getByRole("button", { name: "Reload" }));
    await waitFor(() => expect(within(dialog).queryByRole("alert")).not.toBeInTheDocument());
    expect(within(dialog).getByText("The keys are up to date. Nothing was regenerated.")).toBeVisible();
    expect(api.callsTo(`GET ${BASE}/keys`)).toHaveLength(2);
    expect(screen.getByText("77dd66ee55ff")).toBeInTheDocument();
    expect(confirm).not.toHaveAttribute("aria-disabled", "true");

    await user.click(confirm);
    await waitFor(() => expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument());
    expect(ifMatchOfPosts(api, "/keys/Secondary/regenerate")).toEqual([ETAG, '"keys-v2"']);
  });

  it("reveals a key after step-up, shows it with a countdown, hides it after 30 s; seeing it again is another reveal", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] });
    vi.setSystemTime(new Date("2026-01-22T10:00:00.000Z"));
    const stepUp = vi.fn(async () => "fresh-token");
    setApiAuth({ getAccessToken: async () => "token", stepUp });
    const api = fakeApi({
      [`GET ${BASE}/keys`]: keyList(),
      [`POST ${BASE}/keys/Primary/reveal`]: [
        () =>
          problem(401, "insufficient_user_authentication", {
            "WWW-Authenticate": 'Bearer error="insufficient_user_authentication", max_age=300',
          }),
        () => json({ keyType: "Primary", fingerprint: "a1b2c3d4e5f6", value: PRIMARY_VALUE }),
      ],
    });
    renderPanel();
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Reveal Primary key" }));

    const shown = await screen.findByRole("region", { name: "Value of the Primary key" });
    expect(stepUp).toHaveBeenCalledWith({
      error: "insufficient_user_authentication",
      maxAge: 300,
      acrValues: undefined,
    });
    expect(api.callsTo(`POST ${BASE}/keys/Primary/reveal`)).toHaveLength(2);
    expect(shown).toHaveTextContent(PRIMARY_VALUE);
    expect(shown).toHaveFocus();
    expect(within(shown).getByRole("timer")).toHaveTextContent("Hidden in 30 seconds");
    expect(within(shown).getByRole("button", { name: "Copy the Primary key" })).toBeInTheDocument();

    act(() => vi.advanceTimersByTime(29_000));
    expect(within(shown).getByRole("timer")).toHaveTextContent("Hidden in 1 second");
    expect(screen.getByText(PRIMARY_VALUE)).toBeInTheDocument();

    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.queryByRole("region", { name: "Value of the Primary key" })).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(PRIMARY_VALUE);
    // Focus goes back to the button that revealed it.
    expect(screen.getByRole("button", { name: "Reveal Primary key" })).toHaveFocus();

    // A reveal is not one-time: the note says so, and revealing again asks the server again.
    expect(screen.getAllByText(/seeing it again is another reveal/)).toHaveLength(2);
    await user.click(screen.getByRole("button", { name: "Reveal Primary key" }));
    expect(await screen.findByRole("region", { name: "Value of the Primary key" })).toHaveTextContent(
      PRIMARY_VALUE,
    );
    expect(api.callsTo(`POST ${BASE}/keys/Primary/reveal`)).toHaveLength(3);
  });

  it("identifies a pasted key and never leaves it in the DOM", async () => {
    const pasted = "sk_pasted_secret_value_0123456789";
    const api = fakeApi({
      [`GET ${BASE}/keys`]: keyList(),
      [`POST ${BASE}/keys/identify`]: () => json({ match: "Secondary" }),
    });
    renderPanel();
    const user = userEvent.setup();
    const input = await screen.findByLabelText("Key to identify");
    expect(input).toHaveAttribute("type", "password");

    await user.click(input);
    await user.paste(pasted);
    await user.click(screen.getByRole("button", { name: "Identify" }));

    expect(await screen.findByText("This is the Secondary key.")).toBeInTheDocument();
    expect(api.callsTo(`POST ${BASE}/keys/identify`)[0]?.body).toEqual({ key: pasted });
    expect(input).toHaveValue("");
    expect(document.body.innerHTML).not.toContain(pasted);
  });
});
