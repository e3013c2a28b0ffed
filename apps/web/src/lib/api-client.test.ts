import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import {
  ApiProblem,
  api,
  apiBlob,
  apiRequest,
  parseAuthChallenge,
  setApiAuth,
  toApiProblem,
} from "./api-client";

const problemJson = (status: number, body: object, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/problem+json", ...headers },
  });

function stubFetch(...responses: Array<Response | Error | DOMException>) {
  const fetch = vi.fn<typeof globalThis.fetch>();
  for (const response of responses) {
    if (response instanceof Response) fetch.mockResolvedValueOnce(response);
    else fetch.mockRejectedValueOnce(response);
  }
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

async function caught(promise: Promise<unknown>): Promise<ApiProblem> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiProblem);
  return error as ApiProblem;
}

afterEach(() => setApiAuth(undefined));

describe("api client errors", () => {
  it("turns a problem+json body into an ApiProblem with its code, title, detail and field errors", async () => {
    stubFetch(
      problemJson(422, {
        type: "about:blank",
        title: "Invalid auth settings",
        status: 422,
        code: "token_auth_requires_key_off",
        detail: "Turning token auth on must turn key auth off in the same change.",
        requestId: "req-42",
        errors: [{ path: "authKeyEnabled", message: "must be false when token auth is on" }],
      }),
    );
    const problem = await caught(
      api("/api/deployments/x/auth", { method: "PATCH", body: { tokenAuth: true } }),
    );
    expect(problem).toMatchObject({
      code: "token_auth_requires_key_off",
      status: 422,
      title: "Invalid auth settings",
      detail: "Turning token auth on must turn key auth off in the same change.",
      requestId: "req-42",
      errors: [{ path: "authKeyEnabled", message: "must be false when token auth is on" }],
    });
  });

  it("turns a 500 that is not problem+json into a generic internal_error", async () => {
    stubFetch(new Response("<html>Bad gateway</html>", { status: 500, statusText: "Internal Server Error" }));
    const problem = await caught(api("/api/inventory"));
    expect(problem.code).toBe("internal_error");
    expect(problem.status).toBe(500);
  });

  it("falls back on the status when the body has a code this version does not know", async () => {
    stubFetch(problemJson(409, { title: "Conflict", status: 409, code: "some_future_code" }));
    const problem = await caught(api("/api/x"));
    expect(problem).toMatchObject({ code: "conflict", status: 409, title: "Conflict" });
  });

  it("turns a network failure into network_error and lets cancellation through", async () => {
    stubFetch(new TypeError("Failed to fetch"), new DOMException("aborted", "AbortError"));
    expect((await caught(api("/api/x"))).code).toBe("network_error");
    await expect(api("/api/x")).rejects.toMatchObject({ name: "AbortError" });
  });

  it("rejects a success body of the wrong shape as internal_error", async () => {
    stubFetch(Response.json({ unexpected: true }));
    const problem = await caught(api("/api/me", { schema: z.object({ oid: z.string() }) }));
    expect(problem.code).toBe("internal_error");
  });

  it("normalises any thrown value", () => {
    expect(toApiProblem(new Error("boom")).code).toBe("internal_error");
    const original = new ApiProblem({ code: "forbidden", status: 403, title: "Forbidden" });
    expect(toApiProblem(original)).toBe(original);
  });
});

describe("api client requests", () => {
  it("sends the bearer token, JSON body and If-Match, and returns the body and ETag", async () => {
    const fetch = stubFetch(Response.json({ ok: true }, { headers: { ETag: '"v2"' } }));
    setApiAuth({ getAccessToken: async () => "token-1", stepUp: async () => null });
    const response = await apiRequest("/api/things/1", { method: "PUT", body: { a: 1 }, ifMatch: '"v1"' });
    expect(response).toEqual({ data: { ok: true }, status: 200, etag: '"v2"' });
    const init = fetch.mock.calls[0]?.[1];
    const headers = new Headers(init?.headers);
    expect(headers.get("Authorization")).toBe("Bearer token-1");
    expect(headers.get("If-Match")).toBe('"v1"');
    expect(headers.get("Content-Type")).toBe("application/json");
    expect(init?.body).toBe('{"a":1}');
  });

  it("sends no token on anonymous calls", async () => {
    const fetch = stubFetch(Response.json({}));
    setApiAuth({ getAccessToken: async () => "token-1", stepUp: async () => null });
    await api("/api/config", { anonymous: true });
    expect(new Headers(fetch.mock.calls[0]?.[1]?.headers).has("Authorization")).toBe(false);
  });

  it("on insufficient_user_authentication, steps up and replays the same call once with the new token", async () => {
    const challenge = 'Bearer error="insufficient_user_authentication", max_age=600';
    const fetch = stubFetch(
      problemJson(
        401,
        { title: "Step-up needed", status: 401, code: "insufficient_user_authentication" },
        { "WWW-Authenticate": challenge },
      ),
      Response.json({ revealed: "once" }),
    );
    const stepUp = vi.fn(async () => "fresh-token");
    setApiAuth({ getAccessToken: async () => "old-token", stepUp });

    await expect(
      api("/api/keys/primary/reveal", { method: "POST", body: { reason: "handover" } }),
    ).resolves.toEqual({
      revealed: "once",
    });
    expect(stepUp).toHaveBeenCalledWith({
      error: "insufficient_user_authentication",
      maxAge: 600,
      acrValues: undefined,
    });
    expect(fetch).toHaveBeenCalledTimes(2);
    const [first, second] = fetch.mock.calls;
    expect(second?.[0]).toBe(first?.[0]);
    expect(second?.[1]?.method).toBe("POST");
    expect(second?.[1]?.body).toBe('{"reason":"handover"}');
    expect(new Headers(second?.[1]?.headers).get("Authorization")).toBe("Bearer fresh-token");
  });

  it("does not step up twice, and gives up when the user declines", async () => {
    const stepUpProblem = () =>
      problemJson(401, { title: "Step-up needed", status: 401, code: "insufficient_user_authentication" });
    stubFetch(stepUpProblem(), stepUpProblem());
    setApiAuth({ getAccessToken: async () => "t", stepUp: async () => "fresh" });
    expect((await caught(api("/api/x", { method: "POST" }))).code).toBe("insufficient_user_authentication");

    const fetch = stubFetch(stepUpProblem());
    setApiAuth({ getAccessToken: async () => "t", stepUp: async () => null });
    expect((await caught(api("/api/x", { method: "POST" }))).code).toBe("insufficient_user_authentication");
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("on unauthenticated, refreshes the token and retries once", async () => {
    stubFetch(
      problemJson(401, { title: "Unauthorized", status: 401, code: "unauthenticated" }),
      Response.json([]),
    );
    const getAccessToken = vi.fn(async ({ forceRefresh }: { forceRefresh: boolean }) =>
      forceRefresh ? "new" : "old",
    );
    setApiAuth({ getAccessToken, stepUp: async () => null });
    await expect(api("/api/inventory")).resolves.toEqual([]);
    expect(getAccessToken).toHaveBeenLastCalledWith({ forceRefresh: true });
  });
});

describe("api client blobs", () => {
  it("returns the body unparsed, with the bearer token, for a file to download", async () => {
    const csv = "workspace,deployment\r\nws-1,churn\r\n";
    const fetch = stubFetch(new Response(csv, { headers: { "Content-Type": "text/csv" } }));
    setApiAuth({ getAccessToken: async () => "token-1", stepUp: async () => null });
    const blob = await apiBlob("/api/posture/export?format=csv");
    expect(blob.type).toBe("text/csv");
    expect(await blob.text()).toBe(csv);
    expect(fetch.mock.calls[0]?.[0]).toBe("/api/posture/export?format=csv");
    expect(new Headers(fetch.mock.calls[0]?.[1]?.headers).get("Authorization")).toBe("Bearer token-1");
  });

  it("still turns an error answer into an ApiProblem, and refreshes an expired token", async () => {
    stubFetch(problemJson(403, { title: "Forbidden", status: 403, code: "forbidden" }));
    expect((await caught(apiBlob("/api/posture/export"))).code).toBe("forbidden");

    const fetch = stubFetch(
      problemJson(401, { title: "Unauthorized", status: 401, code: "unauthenticated" }),
      new Response("{}", { headers: { "Content-Type": "application/json" } }),
    );
    setApiAuth({
      getAccessToken: async ({ forceRefresh }) => (forceRefresh ? "new" : "old"),
      stepUp: async () => null,
    });
    expect(await (await apiBlob("/api/posture/export?format=json")).text()).toBe("{}");
    expect(new Headers(fetch.mock.calls[1]?.[1]?.headers).get("Authorization")).toBe("Bearer new");
  });
});

describe("parseAuthChallenge", () => {
  it("reads RFC 9470 parameters", () => {
    expect(
      parseAuthChallenge('Bearer error="insufficient_user_authentication", max_age=300, acr_values="mfa"'),
    ).toEqual({ error: "insufficient_user_authentication", maxAge: 300, acrValues: "mfa" });
    expect(parseAuthChallenge("Basic realm=x")).toBeUndefined();
    expect(parseAuthChallenge(null)).toBeUndefined();
  });
});
