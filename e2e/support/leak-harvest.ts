// The leak harvest: everything a journey's browser saw — each request and response (headers and
// bodies), console messages and page errors, and at the end localStorage, sessionStorage, the DOM and
// form values of every open page — searched for secrets. Allowed: the body of an explicit reveal
// response, and the revealed field (RevealedSecret) in the DOM while it is shown.
import { setTimeout as sleep } from "node:timers/promises";
import type { Browser, BrowserContext, BrowserContextOptions, Response } from "@playwright/test";
import type { KnownSecret } from "./secret-ledger.ts";

/**
 * `POST /api/deployments/{ws}/{name}/keys/{type}/reveal` and `…/token/reveal`, and an online
 * endpoint's `POST /api/endpoints/{ws}/{name}/keys/{type}/reveal`.
 */
const REVEAL_PATH =
  /^\/api\/(?:deployments\/[^/]+\/[^/]+\/(?:keys\/[^/]+|token)|endpoints\/[^/]+\/[^/]+\/keys\/[^/]+)\/reveal$/;
/** A compact JWS (three base64url parts; header and payload are JSON objects, so start with eyJ). */
const JWT = /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{20,}/g;
/** The issuer of the emulator's data-plane tokens is a workspace's ARM id. */
const WORKSPACE_ISSUER = "/providers/Microsoft.MachineLearningServices/workspaces/";

export interface Capture {
  where: string;
  text: string;
}

export interface Leak {
  where: string;
  what: string;
}

export interface Revealed {
  kind: KnownSecret["kind"];
  value: string;
  where: string;
}

export const isRevealRequest = (method: string, url: string): boolean =>
  method === "POST" && REVEAL_PATH.test(new URL(url).pathname);

/** Values compared: the whole value, and pieces of it a careless "hint" would show. */
function needles(secret: KnownSecret): string[] {
  if (secret.kind === "token") return [secret.value, secret.value.slice(-43)];
  return secret.value.length >= 32
    ? [secret.value, secret.value.slice(0, 16), secret.value.slice(-16)]
    : [secret.value];
}

/** JWTs in the text that the emulator issued (a workspace is their issuer): data-plane tokens. */
function workspaceTokensIn(text: string): string[] {
  const found: string[] = [];
  for (const [jwt] of text.matchAll(JWT)) {
    try {
      const payload = JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8"));
      if (typeof payload?.iss === "string" && payload.iss.includes(WORKSPACE_ISSUER)) found.push(payload.iss);
    } catch {
      // not a JWT after all
    }
  }
  return found;
}

/** Pure: the leaks among captures, naming the secret by its label (never its value). */
export function findLeaks(captures: readonly Capture[], secrets: readonly KnownSecret[]): Leak[] {
  const leaks = new Map<string, Leak>();
  const note = (where: string, what: string) => leaks.set(`${where}\n${what}`, { where, what });
  for (const capture of captures) {
    for (const secret of secrets) {
      if (needles(secret).some((needle) => capture.text.includes(needle))) note(capture.where, secret.label);
    }
    for (const issuer of workspaceTokensIn(capture.text))
      note(capture.where, `a workspace token of ${issuer}`);
  }
  return [...leaks.values()];
}

/** The page's storage, DOM (revealed fields taken out) and form-field values, read in the page. */
function readPageState(): { local: string; session: string; dom: string; fields: string } {
  const dump = (storage: Storage) =>
    JSON.stringify(Object.fromEntries(Object.keys(storage).map((key) => [key, storage.getItem(key)])));
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  // RevealedSecret: a focusable labelled section with the value in <code> and a countdown timer.
  for (const shown of clone.querySelectorAll('section[aria-label][tabindex="-1"]')) {
    if (shown.querySelector("code") && shown.querySelector('[role="timer"]')) shown.remove();
  }
  const fields = [...document.querySelectorAll("input, textarea")]
    .map((field) => (field as HTMLInputElement).value)
    .filter((value) => value !== "");
  return {
    local: dump(localStorage),
    session: dump(sessionStorage),
    dom: clone.outerHTML,
    fields: fields.join("\n"),
  };
}

export class LeakHarvest {
  readonly captures: Capture[] = [];
  /** Secrets seen in reveal responses: allowed there, and known from then on. */
  readonly revealed: Revealed[] = [];
  /** Content-Security-Policy refusals the browser reported (the console has to run under the CSP). */
  readonly cspViolations: string[] = [];
  private readonly pending: Promise<void>[] = [];
  private readonly contexts: BrowserContext[] = [];
  private readonly owned: BrowserContext[] = [];

  add(where: string, text: string): void {
    this.captures.push({ where, text });
  }

  attach(context: BrowserContext, label: string): void {
    this.contexts.push(context);
    context.on("request", (request) => {
      const where = `${label}: request ${request.method()} ${request.url()}`;
      this.pending.push(
        request
          .allHeaders()
          .then((headers) => this.add(`${where} headers`, JSON.stringify(headers)))
          .catch(() => undefined),
      );
      const body = request.postData();
      if (body) this.add(`${where} body`, body);
    });
    context.on("response", (response) => this.pending.push(this.recordResponse(label, response)));
    context.on("console", (message) => {
      this.add(`${label}: console ${message.type()}`, message.text());
      if (message.text().includes("Content Security Policy")) this.cspViolations.push(message.text());
    });
    context.on("weberror", (error) => this.add(`${label}: page error`, String(error.error())));
  }

  /** Another browser context (a second user), harvested too and closed after the final check. */
  async newContext(browser: Browser, label: string, options: BrowserContextOptions): Promise<BrowserContext> {
    const context = await browser.newContext(options);
    this.owned.push(context);
    this.attach(context, label);
    return context;
  }

  /** Storage, DOM and form values of every open page now (also called mid-journey for a snapshot). */
  async snapshotPages(stage: string): Promise<void> {
    for (const [index, context] of this.contexts.entries()) {
      for (const page of context.pages()) {
        if (page.isClosed()) continue;
        const state = await page.evaluate(readPageState).catch(() => undefined);
        if (!state) continue;
        const where = `context ${index + 1} page ${page.url()} (${stage})`;
        this.add(`${where} localStorage`, state.local);
        this.add(`${where} sessionStorage`, state.session);
        this.add(`${where} DOM`, state.dom);
        this.add(`${where} form fields`, state.fields);
      }
    }
  }

  /** Waits for every body still being read (a body that never ends is given up after 10 s). */
  async settle(): Promise<void> {
    const deadline = sleep(10_000);
    while (this.pending.length > 0) {
      await Promise.race([Promise.allSettled(this.pending.splice(0)), deadline]);
    }
  }

  async closeOwned(): Promise<void> {
    await Promise.all(this.owned.map((context) => context.close().catch(() => undefined)));
  }

  private async recordResponse(label: string, response: Response): Promise<void> {
    const request = response.request();
    const where = `${label}: response ${response.status()} to ${request.method()} ${response.url()}`;
    try {
      this.add(`${where} headers`, JSON.stringify(await response.allHeaders()));
      const body = (await response.body()).toString("utf8");
      if (isRevealRequest(request.method(), response.url())) this.keepRevealed(where, body);
      else this.add(`${where} body`, body);
    } catch {
      // Redirects and aborted loads have no body.
    }
  }

  private keepRevealed(where: string, body: string): void {
    try {
      const parsed = JSON.parse(body) as { value?: unknown; accessToken?: unknown };
      if (typeof parsed.value === "string") this.revealed.push({ kind: "key", value: parsed.value, where });
      if (typeof parsed.accessToken === "string") {
        this.revealed.push({ kind: "token", value: parsed.accessToken, where });
      }
    } catch {
      this.add(`${where} body (not JSON)`, body);
    }
  }
}
