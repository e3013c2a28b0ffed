import { hasPermission, type Permission } from "@keyturn/auth-domain";
import { PERMISSION_EXTENSION } from "../../src/routing/define-route.ts";
import { PERSONA_NAMES, type PersonaName, persona } from "./test-issuer.ts";

// Every operation of the app's OpenAPI document, who may call it and sample values for its inputs:
// for the tests that must hold on every route.

export type JsonSchema = Record<string, unknown>;
export type RoutePermission = Permission | "authenticated" | "public";
export interface ApiOperation {
  method: string;
  path: string;
  op: {
    [PERMISSION_EXTENSION]?: string;
    parameters?: Array<{ name: string; in: string; schema?: JsonSchema }>;
    requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  };
  /** A named schema ({$ref: "#/components/schemas/Name"}) as the component it names. */
  resolve(schema: JsonSchema | undefined): JsonSchema | undefined;
}

export async function apiOperations(app: {
  request(input: string): Response | Promise<Response>;
}): Promise<ApiOperation[]> {
  const doc = (await (await app.request("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, ApiOperation["op"]>>;
    components?: { schemas?: Record<string, JsonSchema> };
  };
  const schemas = doc.components?.schemas ?? {};
  const resolve = (schema: JsonSchema | undefined) =>
    typeof schema?.$ref === "string" ? schemas[schema.$ref.replace("#/components/schemas/", "")] : schema;
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ method: method.toUpperCase(), path, op, resolve })),
  );
}

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
