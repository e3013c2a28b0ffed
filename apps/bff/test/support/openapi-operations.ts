import { PERMISSION_EXTENSION } from "../../src/routing/define-route.ts";

// The app's operations, read back from its OpenAPI document: the tests that must cover every route
// (the role × route matrix, the fuzzer) enumerate them here.

/** A JSON Schema as the document carries it; tests read the members they need. */
export type JsonSchema = Record<string, unknown>;
export type Parameter = { name: string; in: string; schema?: JsonSchema };
export type Operation = {
  [PERMISSION_EXTENSION]?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};

export interface ApiOperation {
  path: string;
  method: string;
  op: Operation;
  /** A named schema appears as {$ref: "#/components/schemas/Name"}: this reads the component it names. */
  resolve: (schema: JsonSchema | undefined) => JsonSchema | undefined;
}

interface RequestableApp {
  request(input: string, init?: RequestInit): Response | Promise<Response>;
}

export async function operations(app: RequestableApp): Promise<ApiOperation[]> {
  const doc = (await (await app.request("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, Operation>>;
    components?: { schemas?: Record<string, JsonSchema> };
  };
  const schemas = doc.components?.schemas ?? {};
  const resolve = (schema: JsonSchema | undefined) => {
    const ref = schema?.$ref;
    return typeof ref === "string" ? schemas[ref.replace("#/components/schemas/", "")] : schema;
  };
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method: method.toUpperCase(), op, resolve })),
  );
}
