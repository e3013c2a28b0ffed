import net from "node:net";
import { AzureErrorBodySchema } from "@keyturn/azureml-rest";
import fc from "fast-check";
import { z } from "zod";

// Hostile values and schema-driven values for fuzzing the emulator, and the rule every answer keeps:
// no 5xx (but a deliberate fault), errors in Azure's shape, no stack trace or source path.

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

/** The problems of one answer: a 5xx not allowed here, an error not in Azure's shape, a stack or path. */
export function answerProblems(
  status: number,
  contentType: string | null,
  text: string,
  options: { allowed?: number[]; head?: boolean } = {},
) {
  const { allowed = [], head = false } = options;
  const problems: string[] = [];
  if (status >= 500 && !allowed.includes(status)) problems.push(`answered ${status}`);
  if (/\n\s+at \S|\bat (?:async )?\S+ \(|[\w./-]+\.(?:ts|js|mjs):\d+:\d+|node_modules/.test(text))
    problems.push("shows a stack trace or a source path");
  if (status < 400) return problems;
  if (!contentType?.startsWith("application/json")) problems.push(`error with Content-Type ${contentType}`);
  if (head) return problems;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [...problems, `error body is not JSON: ${JSON.stringify(text.slice(0, 100))}`];
  }
  const parsed = AzureErrorBodySchema.strict().safeParse(body);
  if (!parsed.success) problems.push(`error body is not Azure's: ${JSON.stringify(body).slice(0, 160)}`);
  else if (parsed.data.error.message === "") problems.push("error without a message");
  return problems;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** What failed, the shrunk request, and fast-check's seed and path to replay it. */
export function failureReport<T>(label: string, details: fc.RunDetails<T>): string {
  const error = details.errorInstance;
  const message = error instanceof Error ? error.message : String(error);
  return (
    `${label}: ${clip(message, 600)}\n    counterexample: ${clip(fc.stringify(details.counterexample), 800)}` +
    `\n    fast-check: { seed: ${details.seed}, path: "${details.counterexamplePath}" }`
  );
}

/** The first answer in `received`, once complete (Content-Length or chunked), else null. */
function firstAnswer(received: string, closed: boolean) {
  const end = received.indexOf("\r\n\r\n");
  if (end < 0) return null;
  const head = received.slice(0, end);
  let body = received.slice(end + 4);
  const length = /^content-length:\s*(\d+)$/im.exec(head)?.[1];
  if (/^transfer-encoding:\s*chunked/im.test(head)) {
    if (!body.includes("0\r\n\r\n") && !closed) return null;
    let decoded = "";
    for (let at = 0; ; ) {
      const size = Number.parseInt(body.slice(at, body.indexOf("\r\n", at)), 16);
      if (!(size > 0)) break;
      const start = body.indexOf("\r\n", at) + 2;
      decoded += body.slice(start, start + size);
      at = start + size + 2;
    }
    body = decoded;
  } else if (length !== undefined) {
    if (Buffer.byteLength(body) < Number(length) && !closed) return null;
  } else if (!closed) return null;
  const type = /^content-type:\s*(.+)$/im.exec(head)?.[1]?.trim() ?? null;
  return { status: Number(head.split(" ")[1]), contentType: type, body };
}

/**
 * One request written by hand on its own connection (what fetch never sends), and the first answer:
 * status, Content-Type and body; null when none came within `timeoutMs`.
 */
export function rawAnswer(port: number, parts: string[], timeoutMs = 3_000) {
  return new Promise<ReturnType<typeof firstAnswer>>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let received = "";
    const done = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(firstAnswer(received, closed));
    };
    const timer = setTimeout(() => done(true), timeoutMs);
    socket.on("data", (chunk) => {
      received += chunk.toString("utf8");
      if (firstAnswer(received, false)) done(false);
    });
    socket.on("close", () => done(true));
    socket.on("error", () => done(true));
    socket.on("connect", () => {
      for (const part of parts) if (!socket.destroyed) socket.write(part);
    });
  });
}
