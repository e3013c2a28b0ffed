import { AzureMlError, CredentialRefusedError, errorFromAnswer, notUnderstood } from "./errors.ts";
import { parseRetryAfter, resolveLink } from "./links.ts";
import { isRetryable, maxTries, type RetryMode, type RetryPolicy, retryDelay } from "./retry.ts";

export interface HttpCall {
  /** Names the call in error messages (e.g. `listKeys`); the URL's values never appear there. */
  label: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** A path on the base URL, or an absolute URL (nextLink, Operation-Location). */
  url: string;
  /** The host `url` belongs to; the client's base URL unless said (ARM calls). */
  base?: string;
  body?: unknown;
  contentType?: string;
  retry: RetryMode;
  /** The call carries secrets: the provider's message stays out of error messages. */
  sensitive?: boolean;
  /** Values to strip from any provider text kept on an error (e.g. a key value sent). */
  redact?: readonly string[];
  /**
   * A public document on another host (a workspace's discovery document): `url` is absolute and
   * fetched as it is, without the bearer token, which is never sent anywhere but the base host.
   */
  anonymous?: boolean;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** The parsed JSON body; undefined when the body is empty. */
  json: unknown;
}

export interface HttpOptions {
  baseUrl: string;
  getAccessToken: () => Promise<string>;
  fetch: typeof fetch;
  timeoutMs: number;
  retry: RetryPolicy;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export interface Http {
  send(call: HttpCall): Promise<HttpAnswer>;
}

export function createHttp(options: HttpOptions): Http {
  const { retry, now, sleep } = options;

  async function send(call: HttpCall): Promise<HttpAnswer> {
    const url = call.anonymous
      ? absoluteUrl(call)
      : resolveLink(call.url, call.base ?? options.baseUrl, call.label);
    // One token per call: the credential caches and refreshes it, retries a few seconds apart reuse it.
    const token = call.anonymous ? undefined : await accessToken(call.label);
    const redact = token === undefined ? [...(call.redact ?? [])] : [token, ...(call.redact ?? [])];
    const tries = maxTries(call.retry, retry);
    for (let attempt = 1; ; attempt++) {
      try {
        return await once(call, url, token, redact);
      } catch (error) {
        if (!(error instanceof AzureMlError) || attempt >= tries || !isRetryable(error, call.retry))
          throw error;
        const delay = retryDelay(error, attempt, retry, options.random);
        if (delay === undefined) throw error;
        await sleep(delay);
      }
    }
  }

  async function accessToken(label: string): Promise<string> {
    try {
      return await options.getAccessToken();
    } catch (cause) {
      // A refused credential is a configuration problem, not an outage: its own code, never retried.
      if (cause instanceof CredentialRefusedError) {
        const message = `${label}: the identity provider refused the connection's credential`;
        throw new AzureMlError({ code: "credential_refused", status: 502, message, cause });
      }
      const message = `${label}: could not get an access token for the workspace`;
      throw new AzureMlError({ code: "provider_unavailable", status: 502, message, cause });
    }
  }

  async function once(
    call: HttpCall,
    url: string,
    token: string | undefined,
    redact: string[],
  ): Promise<HttpAnswer> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    if (call.body !== undefined) headers["content-type"] = call.contentType ?? "application/json";
    let response: Response;
    let text: string;
    try {
      response = await options.fetch(url, {
        method: call.method,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        // The deadline covers reading the body too; a redirect could carry the bearer token elsewhere.
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: "error",
      });
      text = await response.text();
    } catch (cause) {
      if ((cause as { name?: unknown } | null)?.name === "TimeoutError") {
        const message = `${call.label}: no answer from the workspace within ${options.timeoutMs} ms`;
        throw new AzureMlError({ code: "provider_timeout", status: 504, message });
      }
      const message = `${call.label}: the workspace could not be reached`;
      throw new AzureMlError({ code: "provider_unavailable", status: 502, message, cause });
    }
    const json = parseJson(text);
    if (response.ok) {
      if (json === NOT_JSON) throw notUnderstood(call.label, "not JSON", response.status);
      return { status: response.status, headers: response.headers, json };
    }
    const throttled = response.status === 429 || response.status === 503;
    throw errorFromAnswer({
      label: call.label,
      status: response.status,
      body: json === NOT_JSON ? undefined : json,
      text,
      retryAfterSeconds: throttled ? parseRetryAfter(response.headers.get("retry-after"), now()) : undefined,
      sensitive: call.sensitive ?? false,
      redact,
    });
  }

  return { send };
}

/** An anonymous call's URL: absolute http(s), without credentials in it. */
function absoluteUrl(call: HttpCall): string {
  let url: URL;
  try {
    url = new URL(call.url);
  } catch {
    throw notUnderstood(call.label, "the document's URL is not absolute");
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.username || url.password)
    throw notUnderstood(call.label, "the document's URL is not an http(s) URL without credentials");
  return url.href;
}

const NOT_JSON = Symbol("not JSON");

function parseJson(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}
