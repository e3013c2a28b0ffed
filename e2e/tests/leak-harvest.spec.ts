// The harvest must be able to fail: plant known secrets where a careless app would put them and
// check that it finds each, while allowing a reveal response and the revealed field.
import { emulator } from "../support/emulator.ts";
import { expect, test } from "../support/fixtures.ts";
import { findLeaks, isRevealRequest, LeakHarvest } from "../support/leak-harvest.ts";
import { CONSOLE_URL } from "../support/ports.ts";
import { type KnownSecret, ledger } from "../support/secret-ledger.ts";

test("the leak harvest finds planted keys and workspace tokens, and allows reveals", async ({ browser }) => {
  const keys = await emulator.listKeys("ws-prod-eastus", "churn-predictor");
  const token = await emulator.token("ws-prod-eastus", "fraud-scoring");
  const key = keys.primaryKey ?? "";
  const known: KnownSecret[] = [{ value: key, label: "planted key", kind: "key" }];

  // Pure search: whole values, a key's first 16 characters, a token nobody told it about.
  const found = findLeaks(
    [
      { where: "whole key", text: `{"value":"${key}"}` },
      { where: "key hint", text: `starts with ${key.slice(0, 16)}…` },
      { where: "workspace token", text: `Bearer ${token.accessToken}` },
      { where: "clean", text: "fingerprint 0123456789ab, nothing else" },
    ],
    known,
  );
  expect(found.map((leak) => leak.where).sort()).toEqual(["key hint", "whole key", "workspace token"]);
  expect(isRevealRequest("POST", `${CONSOLE_URL}/api/deployments/ws/x/keys/Secondary/reveal`)).toBe(true);
  expect(isRevealRequest("POST", `${CONSOLE_URL}/api/deployments/ws/x/token/reveal`)).toBe(true);
  expect(isRevealRequest("GET", `${CONSOLE_URL}/api/deployments/ws/x/token/reveal`)).toBe(false);
  expect(isRevealRequest("POST", `${CONSOLE_URL}/api/deployments/ws/x/keys`)).toBe(false);
  expect(isRevealRequest("POST", `${CONSOLE_URL}/api/endpoints/ws/x/keys/Primary/reveal`)).toBe(true);
  expect(isRevealRequest("POST", `${CONSOLE_URL}/api/endpoints/ws/x/keys/identify`)).toBe(false);
  expect(isRevealRequest("POST", `${CONSOLE_URL}/api/endpoints/ws/x/token/reveal`)).toBe(false);

  // In a browser (a context of its own, not this test's harvested one): storage, console, DOM.
  const context = await browser.newContext({ baseURL: CONSOLE_URL });
  try {
    const harvest = new LeakHarvest();
    harvest.attach(context, "planted");
    const page = await context.newPage();
    await page.goto("/");
    await page.evaluate(
      ({ secret, jwt }) => {
        sessionStorage.setItem("cache", secret);
        console.info(`token ${jwt}`);
        // The revealed field (RevealedSecret's shape) may hold the value while it is shown…
        const shown = document.createElement("section");
        shown.setAttribute("aria-label", "Value of the Primary key");
        shown.tabIndex = -1;
        const code = document.createElement("code");
        code.textContent = secret;
        const timer = document.createElement("span");
        timer.setAttribute("role", "timer");
        shown.append(code, timer);
        document.body.append(shown);
        // …but not anywhere else in the page.
        const stray = document.createElement("p");
        stray.title = secret.slice(-16);
        document.body.append(stray);
      },
      { secret: key, jwt: token.accessToken },
    );
    await harvest.snapshotPages("planted");
    await harvest.settle();
    const leaks = findLeaks(harvest.captures, known);
    expect(leaks.map((leak) => leak.where.replace(/^.*\) /, "").replace(/^planted: /, "")).sort()).toEqual([
      "DOM",
      "console info",
      "sessionStorage",
    ]);
  } finally {
    await context.close();
  }
});

test("the ledger knows the keys of every managed v1 service and every v2 online endpoint", async () => {
  await ledger.readFleet();
  const known = new Set(ledger.all().map((secret) => secret.value));
  const v1 = await emulator.listKeys("ws-edge-southcentralus", "kiosk-aci");
  const v2 = await emulator.endpointKeys("ws-ml-westeurope", "route-k8s");
  for (const value of [v1.primaryKey, v1.secondaryKey, v2.primaryKey, v2.secondaryKey]) {
    expect(value && known.has(value), "a current key is in the ledger").toBe(true);
  }
  // The kinds Keyturn does not manage are listed read-only: they hold no key to read.
  const partner = ledger.all().filter((secret) => secret.label.includes("/partner-gateway "));
  expect(partner).toEqual([]);
});
