import { z } from "zod";
import type { EndpointComputeType } from "./deployment-kinds.ts";
import { fail, ok, type Result } from "./result.ts";

/**
 * How a v2 online endpoint authenticates its callers, in Azure's spelling: static keys, AML tokens
 * from the workspace's token call, or Microsoft Entra access tokens. There is no "off".
 */
export const EndpointAuthModeSchema = z.enum(["Key", "AMLToken", "AADToken"]);
export type EndpointAuthMode = z.infer<typeof EndpointAuthModeSchema>;
export const ENDPOINT_AUTH_MODES = EndpointAuthModeSchema.options;

/** Azure's default, and the CLI's. */
export const DEFAULT_ENDPOINT_AUTH_MODE: EndpointAuthMode = "Key";

/** The mode as `az ml` YAML and the Python SDK write it (`auth_mode: aml_token`). */
export const ENDPOINT_AUTH_MODE_CLI: Readonly<Record<EndpointAuthMode, string>> = {
  Key: "key",
  AMLToken: "aml_token",
  AADToken: "aad_token",
};

/** An Entra token for scoring is issued for this resource (MSAL scope: `${…}/.default`). */
export const ENTRA_SCORING_AUDIENCE = "https://ml.azure.com";
export const ENTRA_SCORING_SCOPE = `${ENTRA_SCORING_AUDIENCE}/.default`;

export const EndpointAuthSettingsSchema = z.strictObject({ authMode: EndpointAuthModeSchema });
export type EndpointAuthSettings = z.infer<typeof EndpointAuthSettingsSchema>;

/** A requested change as it arrives: any text, read by `parseEndpointAuthMode`. */
export const EndpointAuthChangeSchema = z.strictObject({ authMode: z.string().max(64) });
export type EndpointAuthChange = z.infer<typeof EndpointAuthChangeSchema>;

/** Entra-token auth exists on managed endpoints only; Kubernetes endpoints take a key or an AML token. */
export function supportsEntraTokenAuth(compute: EndpointComputeType): boolean {
  return compute === "Managed";
}

/** The modes an endpoint of this compute type accepts, in Azure's order of preference for a console. */
export function endpointAuthModes(compute: EndpointComputeType): readonly EndpointAuthMode[] {
  return ENDPOINT_AUTH_MODES.filter((mode) => mode !== "AADToken" || supportsEntraTokenAuth(compute));
}

/** Whether callers of this mode send one of the endpoint's two keys (and so whether keys matter). */
export function usesKeys(mode: EndpointAuthMode): boolean {
  return mode === "Key";
}

const fold = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
const FOLDED: ReadonlyMap<string, EndpointAuthMode> = new Map(ENDPOINT_AUTH_MODES.map((m) => [fold(m), m]));
/** Words that mean "no authentication", each answered with the reason it cannot be. */
const OFF_WORDS = new Set(["none", "off", "disabled", "anonymous", "noauth"]);

/**
 * Reads a mode as a person or a client may write it (`Key`, `aml_token`, ` AADToken `) into Azure's
 * spelling. "none" gets its own refusal: a v2 endpoint always authenticates its callers.
 */
export function parseEndpointAuthMode(input: string): Result<EndpointAuthMode> {
  const folded = fold(input);
  const mode = FOLDED.get(folded);
  if (mode) return ok(mode);
  if (OFF_WORDS.has(folded)) {
    return fail({
      code: "endpoint_auth_required",
      message: "Online endpoints cannot turn authentication off: choose Key, AMLToken or AADToken.",
    });
  }
  const shown = input.length > 16 ? `${input.slice(0, 12)}…` : input;
  return fail({
    code: "invalid_endpoint_auth_mode",
    message: `"${shown}" is not an authentication mode: use Key, AMLToken or AADToken.`,
  });
}

/** Accepts exactly the modes the endpoint accepts: AADToken ⇒ managed. */
export function validateEndpointAuthMode(
  compute: EndpointComputeType,
  mode: EndpointAuthMode,
): Result<EndpointAuthMode> {
  if (mode === "AADToken" && !supportsEntraTokenAuth(compute)) {
    return fail({
      code: "entra_token_auth_requires_managed",
      message:
        "Microsoft Entra token authentication is only available on managed online endpoints; Kubernetes endpoints take Key or AMLToken.",
    });
  }
  return ok(mode);
}

/**
 * Checks a change before any call: the mode is read, then validated for the endpoint's compute type.
 * Unlike v1 there is one field and no combination to refuse, so the current setting plays no part;
 * the result is the whole new setting (Azure changes the mode by a PUT of the whole endpoint).
 */
export function applyEndpointAuthChange(
  compute: EndpointComputeType,
  change: EndpointAuthChange,
): Result<EndpointAuthSettings> {
  const parsed = parseEndpointAuthMode(change.authMode);
  if (!parsed.ok) return parsed;
  const valid = validateEndpointAuthMode(compute, parsed.value);
  return valid.ok ? ok({ authMode: valid.value }) : valid;
}
