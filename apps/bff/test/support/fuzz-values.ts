import fc from "fast-check";

// Hostile values for fuzzing: text that breaks naive handling (NUL, lone surrogates, 10 KB, prototype
// keys, encodings), numbers JSON can carry but JavaScript cannot hold, and JSON text written by hand
// (duplicate keys, `__proto__` as an own key, literals like 1e999 that parse to Infinity).

export const LONE_SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff"];
export const PROTO_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty"];

const TRICKY = [
  ...[...LONE_SURROGATES, ...PROTO_KEYS, "", " ", "\t", "\u0000", "a\u0000b", "x\udfffy", "\ud83d"],
  ...["\ufeff", "\u202e", "\u2028", "\u0085", "\uffff", "😀", "e\u0301", "İ", "ſ", "\r\n", "\\"],
  ...["..", ".", "../../etc/passwd", "%00", "%2e%2e%2f", "%", "%zz", "/", "//", "?", "#", "&", "=", "+"],
  ...["<script>alert(1)</script>", "' OR '1'='1", "\u0024{jndi:x}", "{{7*7}}", "null", "undefined", "NaN"],
  ...["Infinity", "-0", "1e309", "0x10", "9007199254740993", "true", "[]", "{}", "*", 'W/"x"', '"'],
];

const oddChar = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom(...LONE_SURROGATES, "\u0000", "\ufffe", "%", "/", ".") },
);

/** A 10 KB string (plus a little) of one character, or with a NUL or a lone surrogate in it. */
const tenKb = fc
  .tuple(fc.constantFrom("A", "é", "\u0000", "\ud800", "/", "😀"), fc.nat(64))
  .map(([c, extra]) => c.repeat(Math.ceil((10_240 + extra) / c.length)));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 4, arbitrary: fc.string({ unit: oddChar, maxLength: 24 }) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom(...TRICKY), fc.constantFrom(...TRICKY)).map(([a, b]) => a + b),
  },
  { weight: 1, arbitrary: tenKb },
);

/** JSON text inserted as is: number literals JavaScript cannot hold, deep nesting, `NaN`. */
export class RawJson {
  constructor(readonly text: string) {}
  [fc.toStringMethod]() {
    return `raw(${this.text.length > 40 ? `${this.text.slice(0, 40)}…(${this.text.length})` : this.text})`;
  }
}

/** A JSON object as its list of members: keys may repeat or be `__proto__`. */
export class JsonMembers {
  constructor(readonly members: Array<[string, unknown]>) {}
  [fc.toStringMethod]() {
    return `members(${fc.stringify(this.members)})`;
  }
}

const RAW_NUMBERS = ["1e999", "-1e999", "1e-999", "-0", "123456789012345678901234567890", "1E2", "0.1e1"];
const NUMBERS = [0, -1, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 53) - 2, Number.MAX_VALUE, Number.MIN_VALUE, 1e21];

export const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...NUMBERS),
  fc.constantFrom(...RAW_NUMBERS, "NaN", "Infinity").map((t) => new RawJson(t)),
  fc.double(),
  fc.integer(),
);

export const hostileKey = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(...PROTO_KEYS, "", "\u0000", "a.b", "$where", "0", "__defineGetter__"),
  },
  { weight: 1, arbitrary: hostileString },
);

const deep = fc.constantFrom(10, 1_000, 20_000).map((n) => new RawJson(`${"[".repeat(n)}${"]".repeat(n)}`));

/** Any JSON value, of the wrong type wherever it lands. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", maxDepth: 3 },
    hostileString,
    hostileNumber,
    fc.constantFrom(true, false, null),
    deep,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.array(fc.tuple(hostileKey, tie("value")), { maxLength: 4 }).map((m) => new JsonMembers(m)),
  ),
})).value;

/** JSON text of a value built from the classes above (and plain values). */
export function jsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (value instanceof JsonMembers) {
    return `{${value.members.map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`).join(",")}}`;
  }
  if (Array.isArray(value)) return `[${value.map(jsonText).join(",")}]`;
  if (value !== null && typeof value === "object") return jsonText(new JsonMembers(Object.entries(value)));
  return JSON.stringify(value) ?? "null";
}

/**
 * Percent-encodes text for a path segment or a query component. A lone surrogate becomes the bytes it
 * would have in UTF-8 (ED A0 80 …): what a client sends when it does not check its text.
 */
export function percentEncode(value: string): string {
  let out = "";
  for (const ch of value) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xd800 && cp <= 0xdfff) {
      out += [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join("");
    } else out += encodeURIComponent(ch);
  }
  return out;
}

/** Already-encoded path segments and query parts that encoding alone never produces. */
export const RAW_SEGMENTS = [
  ...["..", ".", "%2e%2e", "%2E%2E%2F", "a%2Fb", "%2F", "%5C", "%00", "a%00b", "%", "%zz", "%ED%A0%80"],
  ...["%C0%AE%C0%AE", "%FF", "a;b", "%20", "~", "%u0000", "", "%25", "%0d%0aX:1"],
];

/** Header values (a header can only carry Latin-1 text without control characters). */
export const hostileHeaderValue = fc.oneof(
  fc.constantFrom("", " ", "*", 'W/"x"', '"x", "y"', "null", "\u00ff", "a\tb", "x".repeat(10_240)),
  fc.string({
    unit: fc
      .integer({ min: 0x20, max: 0xff })
      .filter((c) => c !== 0x7f)
      .map((c) => String.fromCharCode(c)),
    maxLength: 40,
  }),
);

export const pick = <T>(weighted: Array<[number, fc.Arbitrary<T>]>) =>
  fc.oneof(...weighted.filter(([w]) => w > 0).map(([weight, arbitrary]) => ({ weight, arbitrary })));

/** `arb` in `percent` % of the requests, else `otherwise`: one hostile part at a time, mostly. */
export const sometimes = <T, U>(percent: number, arb: fc.Arbitrary<T>, otherwise: U) =>
  pick<T | U>([
    [percent, arb],
    [100 - percent, fc.constant(otherwise)],
  ]);
