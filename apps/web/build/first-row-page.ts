import type { Browser } from "./cdp.ts";

/** A data row of the inventory (the header row is row 1). */
const FIRST_ROW = 'tr[aria-rowindex]:not([aria-rowindex="1"])';

// Runs in each new document before its scripts: notes when the first data row enters the DOM, in
// ms since the navigation started (performance.now()).
const WATCH_FIRST_ROW = `(() => {
  const seen = () => {
    if (window.__firstRow !== undefined || !document.querySelector(${JSON.stringify(FIRST_ROW)})) return;
    window.__firstRow = performance.now();
    observer.disconnect();
  };
  const observer = new MutationObserver(seen);
  observer.observe(document, { childList: true, subtree: true });
})();`;

export interface Transfer {
  bytes: number;
  requests: number;
  list: Array<{ path: string; bytes: number; encoding: string }>;
}
export interface Load {
  firstRowMs: number;
  /** Requests still loading when the counting stopped. */
  unfinished: number;
  files: Transfer;
  api: Transfer;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function evaluate(browser: Browser, page: string, expression: string): Promise<unknown> {
  const { result } = await browser.send("Runtime.evaluate", { expression, returnByValue: true }, page);
  return (result as { value?: unknown }).value;
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Signs the operator persona in through dev-idp, as a person does, and waits for a first row. */
export async function signIn(browser: Browser, page: string, consoleUrl: string): Promise<void> {
  await browser.send("Page.enable", {}, page);
  await browser.send("Runtime.enable", {}, page);
  await browser.send("Page.addScriptToEvaluateOnNewDocument", { source: WATCH_FIRST_ROW }, page);
  await browser.send(
    "Page.navigate",
    { url: `${consoleUrl}/inventory?login_hint=operator@keyturn.test` },
    page,
  );
  await until("the sign-in button", async () =>
    Boolean(await evaluate(browser, page, `!!document.querySelector("button")`)),
  );
  await evaluate(browser, page, `document.querySelector("button").click()`);
  // The first sync of the emulator's fleet fills the inventory; the page shows it once it is there.
  await until(
    "the first inventory row",
    async () => {
      const found = Boolean(
        await evaluate(browser, page, `!!document.querySelector(${JSON.stringify(FIRST_ROW)})`),
      );
      if (!found && (await evaluate(browser, page, "location.pathname")) === "/inventory") await sleep(1000);
      return found;
    },
    120_000,
  );
}

/**
 * Navigates to `url` (with the HTTP cache emptied first when `cold`) and waits for the first data row,
 * then for the network to settle; counts each response's bytes on the wire (headers included, 0 when
 * it came from the cache): the console's own files apart from its API calls. Needs Network enabled.
 */
export async function measureLoad(
  browser: Browser,
  page: string,
  url: string,
  { cold }: { cold: boolean },
): Promise<Load> {
  const origin = new URL(url).origin;
  const requests = new Map<string, { path: string; encoding: string; bytes?: number }>();
  if (cold) await browser.send("Network.clearBrowserCache", {}, page);
  const stop = browser.on(page, (method, params) => {
    const id = params.requestId as string;
    if (method === "Network.requestWillBeSent") {
      const requestUrl = new URL((params.request as { url: string }).url);
      if (requestUrl.origin === origin) requests.set(id, { path: requestUrl.pathname, encoding: "" });
    } else if (method === "Network.responseReceived") {
      const entry = requests.get(id);
      const headers = (params.response as { headers: Record<string, string> }).headers;
      const encoding = Object.entries(headers).find(([name]) => name.toLowerCase() === "content-encoding");
      if (entry) entry.encoding = encoding?.[1] ?? "identity";
    } else if (method === "Network.loadingFinished") {
      const entry = requests.get(id);
      if (entry) entry.bytes = params.encodedDataLength as number;
    } else if (method === "Network.loadingFailed") {
      requests.delete(id);
    }
  });
  try {
    await browser.send("Page.navigate", { url }, page);
    let firstRowMs: number | undefined;
    await until("the first inventory row", async () => {
      const value = await evaluate(browser, page, "window.__firstRow");
      firstRowMs = typeof value === "number" ? value : undefined;
      return firstRowMs !== undefined;
    });
    // Until nothing is in flight for 300 ms, or for at most 20 s: what is still loading then (a
    // poll, a slow prefetch) is reported apart and not counted.
    const deadline = Date.now() + 20_000;
    const inFlight = () => [...requests.values()].filter((r) => r.bytes === undefined).length;
    while (Date.now() < deadline) {
      const before = inFlight();
      await sleep(300);
      if (before === 0 && inFlight() === 0) break;
    }
    const unfinished = inFlight();
    const done = [...requests.values()].map((r) => ({
      path: r.path,
      encoding: r.encoding,
      bytes: r.bytes ?? 0,
    }));
    const transfer = (list: typeof done): Transfer => ({
      bytes: list.reduce((sum, r) => sum + r.bytes, 0),
      requests: list.filter((r) => r.bytes > 0).length,
      list,
    });
    const isApi = (p: string) => p.startsWith("/api/");
    return {
      firstRowMs: firstRowMs as number,
      unfinished,
      files: transfer(done.filter((r) => !isApi(r.path))),
      api: transfer(done.filter((r) => isApi(r.path))),
    };
  } finally {
    stop();
  }
}
