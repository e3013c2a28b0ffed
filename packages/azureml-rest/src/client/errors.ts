import type { ErrorCode } from "@keyturn/auth-domain";
import { type ProviderError, readProviderError } from "../error-body.ts";
import type { OperationState } from "../operation.ts";

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

/** One entry of an Azure error's `details`, its message redacted. */
export interface ProviderErrorDetail {
  code?: string;
  message?: string;
  target?: string;
}

export interface AzureMlErrorInit {
  code: ErrorCode;
  /** The HTTP status the BFF should answer its own caller with. */
  status: number;
  message: string;
  /** The status the workspace answered, when it answered at all. */
  providerStatus?: number;
  providerCode?: string;
  providerMessage?: string;
  /** The entries of the provider's `details` (codes only when the call carries secrets). */
  providerDetails?: ProviderErrorDetail[];
  retryAfterSeconds?: number;
  operationId?: string | null;
  operationState?: OperationState;
  /** A v2 write Azure accepted whose operation still ran at the deadline (not a failure of the write). */
  stillRunning?: boolean;
  /** The kind (as Azure wrote it) of a service or endpoint Keyturn does not manage, when that stopped the call. */
  notManagedKind?: string;
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
  readonly providerDetails: readonly ProviderErrorDetail[];
  readonly retryAfterSeconds: number | undefined;
  readonly operationId: string | null | undefined;
  readonly operationState: OperationState | undefined;
  readonly stillRunning: boolean;
  readonly notManagedKind: string | undefined;

  constructor(init: AzureMlErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.providerStatus = init.providerStatus;
    this.providerCode = init.providerCode;
    this.providerMessage = init.providerMessage;
    this.providerDetails = init.providerDetails ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.operationId = init.operationId;
    this.operationState = init.operationState;
    this.stillRunning = init.stillRunning ?? false;
    this.notManagedKind = init.notManagedKind;
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

/**
 * The first provider code Keyturn speaks itself (a rule code or `workspace_region_down`), else
 * undefined: the error's own code, then its details' (model management puts the precise code there).
 */
export function passThroughCode(...providerCodes: (string | undefined)[]): ErrorCode | undefined {
  const known = providerCodes.find((code) => code !== undefined && PASS_THROUGH_CODES.has(code));
  return known as ErrorCode | undefined;
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
const REDACTED = "[redacted]";

/** A run of 32 or more key characters with letters and digits mixed: a key, a signature, a hash. */
const LONG_SECRET = /[A-Za-z0-9+/_]{32,}={0,2}/g;
const SECRET_SHAPES: readonly [RegExp, string][] = [
  // An Authorization value.
  [/\b(Bearer|Basic|SharedAccessSignature)\s+[^\s"',;]+/gi, `$1 ${REDACTED}`],
  // A JSON Web Token anywhere.
  [/\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, REDACTED],
  // name=value or "name": "value" where the name says key, secret, token, password or signature
  // (a connection string's AccountKey=, a SAS URL's sig=, primaryKey, client_secret …).
  [
    /((?:key|secret|token|password|passwd|pwd|signature|sig|credential)s?["']?\s*[:=]\s*)(["']?)[^\s"'&;,]+\2/gi,
    `$1$2${REDACTED}$2`,
  ],
];

/**
 * Removes secrets from provider text and bounds its length (a provider may echo input): the values
 * the call sent or received (`secrets`), and anything shaped like a secret (bearer and basic
 * credentials, JWTs, `key=`/`sig=`/`secret=`/`password=` values, long key-like runs).
 */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  for (const [shape, replacement] of SECRET_SHAPES) out = out.replace(shape, replacement);
  out = out.replace(LONG_SECRET, (run) => (/\d/.test(run) && /[A-Za-z]/.test(run) ? REDACTED : run));
  return out.length > MAX_PROVIDER_MESSAGE ? `${out.slice(0, MAX_PROVIDER_MESSAGE)}…` : out;
}

export interface ErrorAnswer {
  label: string;
  status: number;
  /** The parsed JSON body (undefined when empty or not JSON). */
  body: unknown;
  /** The body as text: only a gateway HTML page's title or heading is read from it. */
  text: string;
  retryAfterSeconds: number | undefined;
  /** The call carries secrets (keys, tokens): of its answer only the error codes are kept. */
  sensitive: boolean;
  redact: readonly string[];
}

const CODE_SHAPE = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
/** A code is an identifier; anything else in its place is provider text and is dropped. */
const codeOf = (code: string | undefined) => (code && CODE_SHAPE.test(code) ? code : undefined);

/** What the provider said, codes checked and messages redacted (dropped for a sensitive call). */
export function providerWords(
  error: ProviderError | undefined,
  sensitive: boolean,
  redact: readonly string[],
): { code?: string; message?: string; details: ProviderErrorDetail[] } {
  if (!error) return { details: [] };
  const words = (message: string | undefined) =>
    message === undefined || sensitive ? undefined : scrub(message, redact);
  const details = error.details.slice(0, 5).map((detail) => {
    const entry: ProviderErrorDetail = {};
    const code = codeOf(detail.code);
    const message = words(detail.message);
    const target = detail.target && !sensitive ? scrub(detail.target, redact) : undefined;
    if (code) entry.code = code;
    if (message) entry.message = message;
    if (target) entry.target = target;
    return entry;
  });
  const said: { code?: string; message?: string; details: ProviderErrorDetail[] } = { details };
  const code = codeOf(error.code);
  const message = words(error.message);
  if (code) said.code = code;
  if (message) said.message = message;
  return said;
}

/** "Conflict: Conflict; ServiceExists: Service … exists": the words an error message carries. */
function sayProvider(said: ReturnType<typeof providerWords>): string {
  const parts = [said, ...said.details]
    .map((part) => [part.code, part.message].filter(Boolean).join(": "))
    .filter(Boolean);
  return parts.length > 0 ? ` (${parts.join("; ")})` : "";
}

/**
 * A non-2xx answer → AzureMlError. Azure's three error shapes are read: ARM's `{error: {…}}`, model
 * management's top-level ModelErrorResponse, and a gateway's HTML page (502/504).
 */
export function errorFromAnswer(answer: ErrorAnswer): AzureMlError {
  const said = providerWords(readProviderError(answer.body, answer.text), answer.sensitive, answer.redact);
  const { code, status } = classifyStatus(
    answer.status,
    passThroughCode(said.code, ...said.details.map((detail) => detail.code)),
  );
  return new AzureMlError({
    code,
    status,
    message: `${answer.label}: the workspace answered ${answer.status}${sayProvider(said)}`,
    providerStatus: answer.status,
    providerCode: said.code,
    providerMessage: said.message,
    providerDetails: said.details,
    retryAfterSeconds: answer.retryAfterSeconds,
  });
}

/** The answer did not match the contract: say where, never what (the values may be secrets). */
/**
 * A service or endpoint of a kind Keyturn does not manage (an AKSENDPOINT, an IoT module…): the
 * console reads nothing of it and changes nothing, so the call stops here with a conflict (409), not
 * as an answer it failed to understand.
 */
export function notManaged(label: string, what: "service" | "endpoint", kind: string): AzureMlError {
  const shown = kind.slice(0, 32);
  return new AzureMlError({
    code: "conflict",
    status: 409,
    message: `${label}: ${what === "service" ? "a" : "an"} ${what} of kind ${shown}, which is not managed`,
    notManagedKind: shown,
  });
}

export function notUnderstood(label: string, detail: string, providerStatus?: number): AzureMlError {
  return new AzureMlError({
    code: "provider_rejected",
    status: 502,
    message: `${label}: the workspace's answer was not understood (${detail})`,
    providerStatus,
  });
}
