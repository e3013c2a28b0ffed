/**
 * Canonical JSON for hashing: object members sorted by key (JavaScript's default string order, i.e.
 * UTF-16 code units), no whitespace, members whose value is `undefined` left out, strings and numbers
 * written exactly as JSON.stringify writes them. For the values Keyturn hashes (strings, finite
 * numbers, booleans, null, arrays, plain objects) this is the JSON Canonicalization Scheme (RFC 8785).
 * Anything else (NaN, Infinity, Dates, Maps, class instances, bigint) is refused, so two writers can
 * never disagree on the bytes of one event.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError("canonical JSON has no non-finite numbers");
      return JSON.stringify(value);
    case "object":
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
      if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) {
        throw new TypeError("canonical JSON takes plain objects only");
      }
      return `{${Object.keys(value)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
        .join(",")}}`;
    default:
      throw new TypeError(`canonical JSON cannot encode a ${typeof value}`);
  }
}
