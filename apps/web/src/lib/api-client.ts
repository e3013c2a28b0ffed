import { type ErrorCode, ErrorCodeSchema, PROBLEM_CONTENT_TYPE, ProblemSchema } from "@keyturn/auth-domain";
import type { z } from "zod";

/** Codes the client raises itself; the server never sends them. */
export type ClientErrorCode = "network_error";
export type ProblemCode = ErrorCode | ClientErrorCode;

export interface FieldError {
  path: string;
  message: string;
}

/** A parsed `WWW-Authenticate: Bearer …` challenge (RFC 6750 / RFC 9470). */
export interface AuthChallenge {
  error?: string;
  maxAge?: number;
  acrValues?: string;
}

/**
 * The one error type of the app: every failed API call — a problem+json answer, another error
 * status, an unreadable body, a network failure — arrives as an `ApiProblem` with a stable `code`.
 */
export class ApiProblem extends Error {
  override readonly name = "ApiProblem";
  readonly code: ProblemCode;
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: readonly FieldError[];
  readonly requestId: string | undefined;
  readonly challenge: AuthChallenge | undefined;

  constructor(init: {
    code: ProblemCode;
    status: number;
    title: string;
    detail?: string | undefined;
    errors?: readonly FieldError[] | undefined;
    requestId?: string | undefined;
    challenge?: AuthChallenge | undefined;
  }) {
    super(init.detail ?? init.title);
    this.code = init.code;
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.requestId = init.requestId;
    this.challenge = init.challenge;
  }
}

/** Anything thrown, as an `ApiProblem` (unknown errors become `internal_error`). */
export function toApiProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  const detail = error instanceof Error ? error.message : undefined;
  return new ApiProblem({ code: "internal_error", status: 500, title: "Internal Server Error", detail });
}

/** The code to assume when an error status arrives without a readable problem body. */
function codeForStatus(status: number): ErrorCode {
  const byStatus: Partial<Record<number, ErrorCode>> = {
    400: "validation_failed",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    409: "conflict",
    412: "precondition_failed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_failed",
    428: "precondition_required",
    429: "rate_limited",
  };
  return byStatus[status] ?? "internal_error";
}

export function parseAuthChallenge(header: string | null): AuthChallenge | undefined {
  if (!header || !/^\s*bearer\b/i.test(header)) return undefined;
  const params = new Map<string, string>();
  for (const match of header.matchAll(/([\w-]+)=(?:"([^"]*)"|([^\s,]+))/g)) {
    params.set((match[1] as string).toLowerCase(), match[2] ?? match[3] ?? "");
  }
  const maxAge = Number.parseInt(params.get("max_age") ?? "", 10);
  return {
    error: params.get("error"),
    maxAge: Number.isFinite(maxAge) && maxAge >= 0 ? maxAge : undefined,
    acrValues: params.get("acr_values"),
  };
}

async function problemFrom(response: Response): Promise<ApiProblem> {
  const challenge = parseAuthChallenge(response.headers.get("WWW-Authenticate"));
  const fallback = {
    status: response.status,
    title: response.statusText || `HTTP ${response.status}`,
    challenge,
  };
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return new ApiProblem({ ...fallback, code: codeForStatus(response.status) });
  }
  const problem = ProblemSchema.safeParse(body);
  if (problem.success) {
    const { code, title, detail, errors, requestId } = problem.data;
    return new ApiProblem({ code, status: response.status, title, detail, errors, requestId, challenge });
  }
  // A problem-like body with a code this version does not know: keep what is readable.
  const loose = body as { code?: unknown; title?: unknown; detail?: unknown; requestId?: unknown };
  const known = ErrorCodeSchema.safeParse(loose?.code);
  return new ApiProblem({
    ...fallback,
    code: known.success ? known.data : codeForStatus(response.status),
    title: typeof loose?.title === "string" ? loose.title : fallback.title,
    detail: typeof loose?.detail === "string" ? loose.detail : undefined,
    requestId: typeof loose?.requestId === "string" ? loose.requestId : undefined,
  });
}

/** How the client gets the operator's access token and a fresher sign-in; set once at startup. */
export interface ApiAuth {
  getAccessToken(options: { forceRefresh: boolean }): Promise<string>;
  /** Re-authenticates the user; resolves to a new access token, or `null` when the user declines. */
  stepUp(challenge: AuthChallenge): Promise<string | null>;
}

let apiAuth: ApiAuth | undefined;

export function setApiAuth(auth: ApiAuth | undefined) {
  apiAuth = auth;
}

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RequestOptions<T> {
  method?: HttpMethod;
  /** Sent as JSON. Kept as a value (not a stream) so the call can be replayed after a step-up. */
  body?: unknown;
  /** Validates the response body; without it the body is returned as `unknown` JSON. */
  schema?: z.ZodType<T>;
  /** The ETag the change applies to (`If-Match`); the BFF answers 412/428 when stale/missing. */
  ifMatch?: string;
  signal?: AbortSignal;
  /** No bearer token (only `GET /api/config`). */
  anonymous?: boolean;
  /** `blob`: the body as is (a file to download), not parsed nor validated; `json` by default. */
  responseType?: "json" | "blob";
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  etag: string | undefined;
}

async function send<T>(path: string, options: RequestOptions<T>, token: string | undefined) {
  const accept = options.responseType === "blob" ? "*/*" : `application/json, ${PROBLEM_CONTENT_TYPE}`;
  const headers = new Headers({ Accept: accept });
  if (token) headers.set("Authorization", `Bearer ${token}`);
  if (options.ifMatch) headers.set("If-Match", options.ifMatch);
  if (options.body !== undefined) headers.set("Content-Type", "application/json");

  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? "GET",
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal ?? null,
      credentials: "same-origin",
    });
  } catch (error) {
    if ((error as { name?: unknown } | null)?.name === "AbortError") throw error; // query cancellation
    throw new ApiProblem({ code: "network_error", status: 0, title: "Network error", detail: String(error) });
  }
  if (!response.ok) throw await problemFrom(response);
  const etag = response.headers.get("ETag") ?? undefined;
  if (options.responseType === "blob") {
    return { data: (await response.blob()) as T, status: response.status, etag };
  }

  const text = response.status === 204 ? "" : await response.text();
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    throw new ApiProblem({ code: "internal_error", status: 502, title: "Unreadable response" });
  }
  const parsed = options.schema
    ? options.schema.safeParse(json)
    : { success: true as const, data: json as T };
  if (!parsed.success) {
    throw new ApiProblem({
      code: "internal_error",
      status: 502,
      title: "Unexpected response",
      detail: `The response of ${path} does not have the expected shape.`,
    });
  }
  return { data: parsed.data, status: response.status, etag };
}

/**
 * Calls the BFF. Adds the bearer token; on `unauthenticated` refreshes the token and retries once;
 * on `insufficient_user_authentication` asks for a fresh sign-in (step-up) and replays the same
 * call once with the new token — nothing was done by the server on the refused attempt.
 */
export async function apiRequest<T = unknown>(path: string, options: RequestOptions<T> = {}) {
  if (options.anonymous || !apiAuth) return send(path, options, undefined);
  const auth = apiAuth;
  let token = await auth.getAccessToken({ forceRefresh: false });
  let refreshed = false;
  let steppedUp = false;
  for (;;) {
    try {
      return await send(path, options, token);
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      if (error.code === "unauthenticated" && !refreshed && !steppedUp) {
        refreshed = true;
        token = await auth.getAccessToken({ forceRefresh: true });
      } else if (error.code === "insufficient_user_authentication" && !steppedUp) {
        steppedUp = true;
        const fresh = await auth.stepUp(error.challenge ?? { error: error.code });
        if (fresh === null) throw error;
        token = fresh;
      } else {
        throw error;
      }
    }
  }
}

/** `apiRequest` for callers that only need the body. */
export async function api<T = unknown>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  return (await apiRequest(path, options)).data;
}

/** The body of a GET as a `Blob` (an export to download), with the same auth and problem handling. */
export async function apiBlob(
  path: string,
  options: Pick<RequestOptions<Blob>, "signal"> = {},
): Promise<Blob> {
  return (await apiRequest<Blob>(path, { ...options, responseType: "blob" })).data;
}

/**
 * The change was made on a version that is no longer current (412) or sent without one (428): the
 * one check every form and dialog uses before offering to reload.
 */
export const isStaleVersion = (error: Pick<ApiProblem, "code"> | null | undefined): boolean =>
  error?.code === "precondition_failed" || error?.code === "precondition_required";
