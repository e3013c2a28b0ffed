import type { ErrorCode } from "@keyturn/auth-domain";
import { AzureErrorBodySchema, type OperationState } from "../operation.ts";

/**
 * Provider error codes passed through as Keyturn's own: the seed's rules (a service enforcing them
 * answers 4xx with the rule's code) and the workspace-region outage the token call depends on.
 */
const PASS_THROUGH_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  "token_auth_requires_aks",
  "key_and_token_auth_together",
  "token_auth_requires_key_off",
  "invalid_key_type",
  "token_auth_not_enabled",
  "workspace_region_down",
]);

export interface AzureMlErrorInit {
  code: ErrorCode;
  /** The HTTP status the BFF should answer its own caller with. */
  status: number;
  message: string;
  /** The status the workspace answered, when it answered at all. */
  providerStatus?: number;
  providerCode?: string;
  providerMessage?: string;
  retryAfterSeconds?: number;
  operationId?: string | null;
  operationState?: OperationState;
  cause?: unknown;
}

/** The one error the client throws. Its message never holds a key, a token or a raw answer body. */
export class AzureMlError extends Error {
  override readonly name = "AzureMlError";
  readonly code: ErrorCode;
  readonly status: number;
  readonly providerStatus: number | undefined;
  readonly providerCode: string | undefined;
  readonly providerMessage: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly operationId: string | null | undefined;
  readonly operationState: OperationState | undefined;

  constructor(init: AzureMlErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.providerStatus = init.providerStatus;
    this.providerCode = init.providerCode;
    this.providerMessage = init.providerMessage;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.operationId = init.operationId;
    this.operationState = init.operationState;
  }
}

export function isAzureMlError(error: unknown): error is AzureMlError {
  return error instanceof AzureMlError;
}

/**
 * What a `getAccessToken` source throws when the identity provider refused the credential itself (a
 * wrong or expired client secret, an unknown client id: OAuth `invalid_client`, Entra AADSTS7000215),
 * as opposed to a provider that could not be reached. The client reports it as `credential_refused`,
 * which is not retried. Its message must name the client at most, never a secret or an answer body.
 */
export class CredentialRefusedError extends Error {
  override readonly name = "CredentialRefusedError";
}

/** A provider code Keyturn speaks itself (a rule code or `workspace_region_down`), else undefined. */
export function passThroughCode(providerCode: string | undefined): ErrorCode | undefined {
  return providerCode !== undefined && PASS_THROUGH_CODES.has(providerCode)
    ? (providerCode as ErrorCode)
    : undefined;
}

/**
 * Provider status → Keyturn code and the status the BFF answers. The provider refusing the console's
 * own credential (401) is a 502: answering 401 would send the operator to sign in again for nothing.
 * Throttling is a 503 with Retry-After: the operator did not exceed anything, the console's identity did.
 */
export function classifyStatus(status: number, providerCode?: string): { code: ErrorCode; status: number } {
  const known = passThroughCode(providerCode);
  if (known === "workspace_region_down") return { code: known, status: 503 };
  if (status === 429) return { code: "provider_throttled", status: 503 };
  if (status >= 500) return { code: "provider_unavailable", status: status === 503 ? 503 : 502 };
  if (known) return { code: known, status: status === 409 ? 409 : 400 };
  if (status === 401) return { code: "unauthenticated", status: 502 };
  if (status === 403) return { code: "forbidden", status: 403 };
  if (status === 404) return { code: "not_found", status: 404 };
  if (status === 409) return { code: "conflict", status: 409 };
  return { code: "provider_rejected", status: status === 400 || status === 422 ? 400 : 502 };
}

const MAX_PROVIDER_MESSAGE = 300;

/** Removes known secrets from provider text and bounds its length (a provider may echo input). */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join("[redacted]");
  return out.length > MAX_PROVIDER_MESSAGE ? `${out.slice(0, MAX_PROVIDER_MESSAGE)}…` : out;
}

export interface ErrorAnswer {
  label: string;
  status: number;
  /** The parsed body; only a well-formed Azure error body is read, never raw text. */
  body: unknown;
  retryAfterSeconds: number | undefined;
  /** The call carries secrets (keys, tokens): of its answer only the error code is kept. */
  sensitive: boolean;
  redact: readonly string[];
}

const CODE_SHAPE = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

/** A non-2xx answer → AzureMlError. */
export function errorFromAnswer(answer: ErrorAnswer): AzureMlError {
  const parsed = AzureErrorBodySchema.safeParse(answer.body);
  const error = parsed.success ? parsed.data.error : undefined;
  // A code is an identifier; anything else in its place is provider text and is dropped.
  const providerCode = error && CODE_SHAPE.test(error.code) ? error.code : undefined;
  const providerMessage = error && !answer.sensitive ? scrub(error.message, answer.redact) : undefined;
  const { code, status } = classifyStatus(answer.status, providerCode);
  const detail = [providerCode, providerMessage].filter(Boolean).join(": ");
  const said = detail ? ` (${detail})` : "";
  return new AzureMlError({
    code,
    status,
    message: `${answer.label}: the workspace answered ${answer.status}${said}`,
    providerStatus: answer.status,
    providerCode,
    providerMessage,
    retryAfterSeconds: answer.retryAfterSeconds,
  });
}

/** The answer did not match the contract: say where, never what (the values may be secrets). */
export function notUnderstood(label: string, detail: string, providerStatus?: number): AzureMlError {
  return new AzureMlError({
    code: "provider_rejected",
    status: 502,
    message: `${label}: the workspace's answer was not understood (${detail})`,
    providerStatus,
  });
}
