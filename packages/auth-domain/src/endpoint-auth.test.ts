import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENDPOINT_COMPUTE_TYPES } from "./deployment-kinds.ts";
import {
  applyEndpointAuthChange,
  DEFAULT_ENDPOINT_AUTH_MODE,
  ENDPOINT_AUTH_MODE_CLI,
  ENDPOINT_AUTH_MODES,
  endpointAuthModes,
  parseEndpointAuthMode,
  supportsEntraTokenAuth,
  usesKeys,
  validateEndpointAuthMode,
} from "./endpoint-auth.ts";
import { DomainErrorSchema } from "./errors.ts";

const compute = fc.constantFrom(...ENDPOINT_COMPUTE_TYPES);
const mode = fc.constantFrom(...ENDPOINT_AUTH_MODES);
const blank = fc.array(fc.constantFrom(" ", "\t", "\n"), { maxLength: 3 }).map((a) => a.join(""));
/** `Key`, ` amltoken `, `AAD_TOKEN`, `aml-token`: Azure's and the CLI's spellings, any case, padded. */
const spellingOf = (m: (typeof ENDPOINT_AUTH_MODES)[number]) =>
  fc
    .tuple(
      blank,
      fc.mixedCase(
        fc.constantFrom(m, ENDPOINT_AUTH_MODE_CLI[m], ENDPOINT_AUTH_MODE_CLI[m].replace("_", "-")),
      ),
      blank,
    )
    .map(([a, w, b]) => a + w + b);
const offWord = fc
  .tuple(blank, fc.mixedCase(fc.constantFrom("none", "off", "disabled", "anonymous", "no_auth")), blank)
  .map(([a, w, b]) => a + w + b);
const isSpelling = (s: string) => /^(key|aml_?-?token|aad_?-?token)$/i.test(s.trim());
const isOff = (s: string) => /^(none|off|disabled|anonymous|no_?auth)$/i.test(s.trim());

describe("validateEndpointAuthMode", () => {
  it("accepts exactly when AADToken ⇒ managed, and answers the mode it was given", () => {
    fc.assert(
      fc.property(compute, mode, (c, m) => {
        const result = validateEndpointAuthMode(c, m);
        expect(result.ok).toBe(m !== "AADToken" || c === "Managed");
        if (result.ok) expect(result.value).toBe(m);
        else expect(result.error.code).toBe("entra_token_auth_requires_managed");
      }),
    );
  });

  it("the default (Key) is valid everywhere, and offered modes are exactly the valid ones", () => {
    expect(DEFAULT_ENDPOINT_AUTH_MODE).toBe("Key");
    fc.assert(
      fc.property(compute, (c) => {
        expect(validateEndpointAuthMode(c, DEFAULT_ENDPOINT_AUTH_MODE).ok).toBe(true);
        expect(endpointAuthModes(c)).toEqual(
          ENDPOINT_AUTH_MODES.filter((m) => validateEndpointAuthMode(c, m).ok),
        );
      }),
    );
    expect(endpointAuthModes("Managed")).toEqual(["Key", "AMLToken", "AADToken"]);
    expect(endpointAuthModes("Kubernetes")).toEqual(["Key", "AMLToken"]);
    expect(supportsEntraTokenAuth("Managed")).toBe(true);
    expect(supportsEntraTokenAuth("Kubernetes")).toBe(false);
  });

  it("only Key auth uses the endpoint's keys", () => {
    expect(ENDPOINT_AUTH_MODES.filter(usesKeys)).toEqual(["Key"]);
  });
});

describe("parseEndpointAuthMode", () => {
  it("reads every spelling of a mode into Azure's", () => {
    fc.assert(
      fc.property(
        mode.chain((m) => fc.tuple(fc.constant(m), spellingOf(m))),
        ([m, s]) => {
          expect(parseEndpointAuthMode(s)).toEqual({ ok: true, value: m });
        },
      ),
    );
  });

  it("refuses 'none' and its synonyms with endpoint_auth_required: there is no off", () => {
    fc.assert(
      fc.property(offWord, (s) => {
        expect(parseEndpointAuthMode(s)).toMatchObject({
          ok: false,
          error: { code: "endpoint_auth_required" },
        });
      }),
    );
  });

  it("refuses anything else with invalid_endpoint_auth_mode, echoing at most 12 characters of it", () => {
    const other = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary", minLength: 17 }),
      fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 40 }),
    );
    fc.assert(
      fc.property(other, (s) => {
        const result = parseEndpointAuthMode(s);
        if (isSpelling(s) || isOff(s)) return;
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe("invalid_endpoint_auth_mode");
        expect(DomainErrorSchema.safeParse(result.error).success).toBe(true);
        if (s.length > 16) expect(result.error.message).not.toContain(s.slice(0, 13));
      }),
    );
  });
});

describe("applyEndpointAuthChange", () => {
  const input = fc.oneof(mode.chain(spellingOf), offWord, fc.string({ maxLength: 20 }));

  it("is ok exactly when the text reads as a mode the compute type accepts, and the result validates", () => {
    fc.assert(
      fc.property(compute, input, (c, s) => {
        const parsed = parseEndpointAuthMode(s);
        const result = applyEndpointAuthChange(c, { authMode: s });
        if (!parsed.ok) {
          expect(result).toEqual(parsed);
          return;
        }
        const valid = validateEndpointAuthMode(c, parsed.value);
        expect(result.ok).toBe(valid.ok);
        if (result.ok) {
          expect(result.value).toEqual({ authMode: parsed.value });
          expect(endpointAuthModes(c)).toContain(result.value.authMode);
        } else expect(result.error.message.trim().length).toBeGreaterThan(0);
      }),
    );
  });

  it("switches a managed endpoint to Entra tokens, and refuses the same on Kubernetes", () => {
    expect(applyEndpointAuthChange("Managed", { authMode: "aad_token" })).toEqual({
      ok: true,
      value: { authMode: "AADToken" },
    });
    expect(applyEndpointAuthChange("Kubernetes", { authMode: "AADToken" })).toMatchObject({
      ok: false,
      error: { code: "entra_token_auth_requires_managed" },
    });
  });
});
