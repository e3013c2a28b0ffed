import fc from "fast-check";
import { hostileJson, hostileKey, JsonMembers, PROTO_KEYS } from "./fuzz-values.ts";
import type { JsonSchema } from "./openapi-operations.ts";

// Values from an operation's JSON Schema (the OpenAPI document), to get past validation into the
// handlers; and the same values with one field made hostile, to probe what validation lets through.

export interface SchemaHints {
  resolve: (schema: JsonSchema | undefined) => JsonSchema | undefined;
  /** Real values for a field by name (workspaces, deployments, a connection id), to reach real data. */
  known: (name: string) => readonly string[];
}

/** Secrets an administrator types: the harness recognises these in any answer or log line. */
export const CANARY = /keyturn-canary-[0-9a-f]{32}/g;
const SECRET_FIELD = /secret|password|^key$|keyValue/i;
const canary = fc
  .uint8Array({ minLength: 16, maxLength: 16 })
  .map((bytes) => `keyturn-canary-${Buffer.from(bytes).toString("hex")}`);

/** URLs that point at this machine only: a fuzzed connection must never reach out to the internet. */
const LOCAL_URLS = ["https://127.0.0.1:9", "http://127.0.0.1:9/", "https://localhost:9/x", "http://[::1]:9"];

function stringArb(schema: JsonSchema, name: string, hints: SchemaHints): fc.Arbitrary<string> {
  const known = hints.known(name);
  if (SECRET_FIELD.test(name)) return canary;
  const max = Math.min(typeof schema.maxLength === "number" ? schema.maxLength : 40, 40);
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  let arb: fc.Arbitrary<string>;
  if (schema.format === "uuid") arb = fc.uuid();
  else if (schema.format === "uri") arb = fc.constantFrom(...LOCAL_URLS);
  else if (schema.format === "date-time")
    arb = fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((d) => d.toISOString());
  else if (typeof schema.pattern === "string") {
    const maxLength = typeof schema.maxLength === "number" ? schema.maxLength : undefined;
    arb = fc.stringMatching(new RegExp(schema.pattern), maxLength === undefined ? {} : { maxLength });
  } else arb = fc.string({ minLength: min, maxLength: Math.max(max, min) });
  return known.length > 0 ? fc.oneof(fc.constantFrom(...known), arb) : arb;
}

function numberArb(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const num = (v: unknown) => (typeof v === "number" ? v : undefined);
  const min = num(schema.minimum) ?? num(schema.exclusiveMinimum);
  const max = num(schema.maximum) ?? num(schema.exclusiveMaximum);
  if (integer) {
    return fc.integer({
      min: Math.max(min ?? -(2 ** 31), Number.MIN_SAFE_INTEGER),
      max: Math.min(max ?? 2 ** 31, Number.MAX_SAFE_INTEGER),
    });
  }
  return fc.double({
    min: min ?? -1e6,
    max: max ?? 1e6,
    minExcluded: schema.exclusiveMinimum !== undefined,
    maxExcluded: schema.exclusiveMaximum !== undefined,
    noNaN: true,
    noDefaultInfinity: true,
  });
}

/** A value the schema accepts (near enough: the server decides, the fuzz only asserts its answer). */
export function validValue(
  raw: JsonSchema | undefined,
  hints: SchemaHints,
  name = "",
): fc.Arbitrary<unknown> {
  const schema = hints.resolve(raw) ?? {};
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const variants = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (variants) return fc.oneof(...variants.map((v) => validValue(v, hints, name)));
  if (Array.isArray(schema.type)) {
    return fc.oneof(...(schema.type as string[]).map((type) => validValue({ ...schema, type }, hints, name)));
  }
  switch (schema.type) {
    case "string":
      return stringArb(schema, name, hints);
    case "integer":
    case "number":
      return numberArb(schema, schema.type === "integer");
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(validValue(schema.items as JsonSchema, hints, name), { maxLength: 3 });
    case "object": {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const model = Object.fromEntries(
        Object.entries(properties).map(([key, sub]) => [key, validValue(sub, hints, key)]),
      );
      const requiredKeys = (schema.required as string[] | undefined) ?? [];
      return fc.record(model, { requiredKeys: requiredKeys.filter((k) => k in model) });
    }
    default:
      return hostileJson;
  }
}

/** A valid value with one change: a member made hostile, a prototype key added, or a member dropped. */
export function mutatedValue(raw: JsonSchema | undefined, hints: SchemaHints): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      validValue(raw, hints),
      fc.nat(),
      fc.constantFrom("replace", "add", "proto", "drop"),
      hostileKey,
      hostileJson,
    )
    .map(([value, pick, how, key, hostile]) => {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return hostile;
      const members = Object.entries(value);
      const at = members.length === 0 ? 0 : pick % members.length;
      if (how === "replace" && members[at]) members[at] = [members[at][0], hostile];
      else if (how === "drop") members.splice(at, 1);
      else if (how === "proto")
        members.unshift([PROTO_KEYS[pick % PROTO_KEYS.length] ?? "__proto__", hostile]);
      else members.push([key, hostile]);
      return new JsonMembers(members);
    });
}
