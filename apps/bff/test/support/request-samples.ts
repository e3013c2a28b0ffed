import { hasPermission } from "@keyturn/auth-domain";
import { PERMISSION_EXTENSION, type RoutePermission } from "../../src/routing/define-route.ts";
import type { ApiOperation, JsonSchema } from "./openapi-operations.ts";
import { PERSONA_NAMES, type PersonaName, persona } from "./test-issuer.ts";

// Who may call an operation of the app's OpenAPI document (openapi-operations.ts lists them) and
// sample values for its inputs: for the tests that must hold on every route.

export const permissionOf = (api: ApiOperation) => api.op[PERMISSION_EXTENSION] as RoutePermission;

/** A persona the operation's permission allows (null: a public operation, called without a token). */
export function allowedPersona(api: ApiOperation): PersonaName | null {
  const permission = permissionOf(api);
  if (permission === "public") return null;
  const name = PERSONA_NAMES.find(
    (n) => permission === "authenticated" || hasPermission(persona(n).roles, permission),
  );
  if (!name) throw new Error(`no persona may call ${api.method} ${api.path}`);
  return name;
}

/** A value the schema accepts when one is easy to name: its example, its first enum value, a format's. */
export function sampleFor(schema: JsonSchema | undefined): string {
  const first = (schema?.enum as unknown[] | undefined)?.[0];
  if (typeof schema?.example === "string") return schema.example;
  if (typeof first === "string") return first;
  if (schema?.format === "uuid") return "00000000-0000-4000-8000-000000000000";
  if (schema?.format === "date-time") return "2026-01-01T00:00:00Z";
  if (schema?.format === "uri") return "https://example.com/a";
  return "sample";
}

/** The operation's URL, each path parameter from `values` or else a sample. */
export function urlFor(api: ApiOperation, values: Record<string, string> = {}): string {
  return api.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const parameter = api.op.parameters?.find((p) => p.in === "path" && p.name === name);
    return encodeURIComponent(values[name] ?? sampleFor(parameter?.schema));
  });
}
