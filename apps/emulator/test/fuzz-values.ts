import fc from "fast-check";
import { z } from "zod";

// Hostile values and schema-drawn values for fuzzing the emulator: text that breaks naive handling
// (NUL, lone surrogates, 10 KB, prototype keys, encodings), JSON written by hand, and values a route's
// zod schema accepts (through its JSON Schema) to get past validation into the handlers.

export const LONE_SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff"];
const TRICKY = [
  ...[...LONE_SURROGATES, "__proto__", "constructor", "prototype", "", " ", "\u0000", "a\u0000b", "\ufeff"],
  ...["\u202e", "😀", "..", ".", "%00", "%2e%2e%2f", "%", "%zz", "/", "?", "#", "&", "\\", "null", "NaN"],
  ...["1e309", "-0", "9007199254740993", "true", "[]", "{}", "<script>", "' OR '1'='1"],
];
const oddChar = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom(...LONE_SURROGATES, "\u0000", "%", "/", ".") },
);
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 4, arbitrary: fc.string({ unit: oddChar, maxLength: 24 }) },
  { weight: 1, arbitrary: fc.constantFrom("A", "\u0000", "\ud800", "é").map((c) => c.repeat(10_240)) },
);

/** JSON text inserted as is (1e999 parses to Infinity; keys may repeat or be `__proto__`). */
export class RawJson {
  constructor(readonly text: string) {}
  [fc.toStringMethod]() {
    return `raw(${this.text.slice(0, 40)})`;
  }
}
const members = (entries: Array<[string, unknown]>) =>
  new RawJson(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`).join(",")}}`);

export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", maxDepth: 3 },
    hostileString,
    fc.constantFrom(0, -1, 1.5, 2 ** 53 + 2, Number.MAX_VALUE, true, false, null),
    fc
      .constantFrom("1e999", "-1e999", "-0", "123456789012345678901234567890", "NaN")
      .map((t) => new RawJson(t)),
    fc.array(tie("value"), { maxLength: 3 }),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom("__proto__", "constructor"), hostileString), tie("value")), {
        maxLength: 3,
      })
      .map(members),
  ),
})).value;

export function jsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(jsonText).join(",")}]`;
  if (value !== null && typeof value === "object") return members(Object.entries(value)).text;
  return JSON.stringify(value) ?? "null";
}

/** Percent-encoding that sends a lone surrogate as the (invalid) UTF-8 bytes it would have. */
export function percentEncode(value: string): string {
  let out = "";
  for (const ch of value) {
    const cp = ch.codePointAt(0) ?? 0;
    out +=
      cp >= 0xd800 && cp <= 0xdfff
        ? [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)]
            .map((b) => `%${b.toString(16)}`)
            .join("")
        : encodeURIComponent(ch);
  }
  return out;
}
export const RAW_SEGMENTS = ["..", "%2e%2e", "a%2Fb", "%00", "%", "%zz", "%ED%A0%80", "%C0%AE", "%FF", "%20"];

type Schema = Record<string, unknown>;

/** A value a zod schema accepts (near enough), through its JSON Schema; `known` names real values. */
export function schemaValue(
  zod: z.ZodType,
  known: (name: string) => readonly unknown[],
): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(zod, { io: "input", unrepresentable: "any" }) as Schema;
  const arb = (s: Schema, name: string): fc.Arbitrary<unknown> => {
    const real = known(name);
    const own = schemaArb(s, name);
    return real.length > 0 ? fc.oneof(fc.constantFrom(...real), own) : own;
  };
  const schemaArb = (s: Schema, name: string): fc.Arbitrary<unknown> => {
    if ("const" in s) return fc.constant(s.const);
    if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
    if (Array.isArray(s.anyOf)) return fc.oneof(...(s.anyOf as Schema[]).map((v) => arb(v, name)));
    const num = (v: unknown) => (typeof v === "number" ? v : undefined);
    switch (s.type) {
      case "string":
        return typeof s.pattern === "string"
          ? fc.stringMatching(new RegExp(s.pattern))
          : fc.string({ minLength: num(s.minLength) ?? 0, maxLength: Math.max(num(s.minLength) ?? 0, 40) });
      case "integer":
        return fc.integer({ min: num(s.minimum) ?? -1000, max: num(s.maximum) ?? 1000 });
      case "number":
        return fc.double({
          min: num(s.minimum) ?? num(s.exclusiveMinimum) ?? -1e6,
          max: num(s.maximum) ?? 1e6,
          noNaN: true,
        });
      case "boolean":
        return fc.boolean();
      case "null":
        return fc.constant(null);
      case "array":
        return fc.array(arb(s.items as Schema, name), {
          minLength: num(s.minItems) ?? 0,
          maxLength: num(s.maxItems) ?? 3,
        });
      case "object": {
        const names = (s.propertyNames as Schema | undefined)?.enum as string[] | undefined;
        if (names && typeof s.additionalProperties === "object") {
          const value = arb(s.additionalProperties as Schema, name);
          return fc.dictionary(fc.constantFrom(...names), value, { maxKeys: 3, noNullPrototype: true });
        }
        const props = (s.properties ?? {}) as Record<string, Schema>;
        const model = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, arb(v, k)]));
        return fc.record(model, { requiredKeys: ((s.required as string[]) ?? []).filter((k) => k in model) });
      }
      default:
        return hostileJson;
    }
  };
  return arb(json, "");
}

/** A valid value with one member made hostile, a prototype key added, or the whole value hostile. */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.nat(), hostileJson, fc.boolean()).map(([value, pick, hostile, proto]) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return hostile;
    const entries = Object.entries(value);
    if (proto || entries.length === 0) return members([["__proto__", hostile], ...entries]);
    const at = pick % entries.length;
    entries[at] = [entries[at]?.[0] ?? "x", hostile];
    return members(entries);
  });
}
