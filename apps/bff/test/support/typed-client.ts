import { hc } from "hono/client";
import type { AppType } from "../../src/client-types.ts";
import { bearer } from "./test-app.ts";
import type { PersonaName, TestIssuer } from "./test-issuer.ts";

/** What a test hands a route: a body or value the contract forbids, sent on purpose to see it refused. */
export const outsideContract = <T = never>(value: unknown) => value as T;

export interface TypedClientOptions {
  /** The access token of each call (none: no Authorization header). */
  token?: () => string | undefined | Promise<string | undefined>;
  /** Sees every answer, e.g. to keep it for a scan (a clone: the test still reads the body). */
  onResponse?: (label: string, response: Response) => void | Promise<void>;
}

/**
 * The app's routes as Hono's typed client (hc over `app.request`, no network), typed by the app as the
 * SPA's client is: a renamed path, a changed parameter or a changed body type fails the typecheck.
 * `client.api.deployments[":workspace"][":name"].keys.$get({ param: { workspace, name } })`. Headers a
 * route declares (If-Match) go in `header`; any other (X-Request-Id, Accept-Encoding) in the second
 * argument: `{ headers: { "X-Request-Id": id } }`.
 */
export function typedClient(app: AppType, options: TypedClientOptions = {}) {
  const { token, onResponse } = options;
  const request: typeof fetch = async (input, init) => {
    const response = await app.request(input, init);
    if (onResponse) {
      const url = new URL(input instanceof Request ? input.url : input);
      await onResponse(`${init?.method ?? "GET"} ${url.pathname}${url.search}`, response.clone());
    }
    return response;
  };
  return hc<AppType>("http://localhost", {
    headers: async (): Promise<Record<string, string>> => {
      const value = await token?.();
      return value ? bearer(value) : {};
    },
    fetch: request,
  });
}

export type ApiClient = ReturnType<typeof typedClient>;

/** The typed client as a persona of the in-process test issuer (`claims` as `tokenFor` takes them); null: no token. */
export const clientAs = (
  app: AppType,
  issuer: TestIssuer,
  who: PersonaName | null,
  claims: Record<string, unknown> = {},
) => typedClient(app, { token: who === null ? undefined : () => issuer.tokenFor(who, claims) });
