import fc from "fast-check";
import { mutatedValue, type SchemaHints, validValue } from "./fuzz-schema.ts";
import { hostileJson, jsonText, pick, sometimes } from "./fuzz-values.ts";
import type { ApiOperation } from "./openapi-operations.ts";

// A request body for one operation: valid by its schema, the same with one member made hostile, any
// JSON, or text that is not JSON; now and then past the body limit, or streamed (no Content-Length).

export interface FuzzBody {
  /** JSON or any text; `oversize` bytes are added inside a JSON string when the request is built. */
  text: string;
  oversize?: number;
  /** Sent as a stream (no Content-Length; chunked on a socket). */
  stream?: boolean;
}

const MALFORMED = [
  ...["{", '{"a":', "{'a':1}", '{"a":1}x', "\ufeff{}", "NaN", "[1,]", '{"a":1,}', "\u0000", "", " ", "null"],
  ...[
    '{"a":"\\ud800"}',
    '{"a":"\\u0000"}',
    '{"__proto__":{"isAdmin":true}}',
    '{"constructor":{"prototype":{}}}',
  ],
];

export function bodyArb(api: ApiOperation, hints: SchemaHints): fc.Arbitrary<FuzzBody | undefined> {
  const schema = api.resolve(api.op.requestBody?.content?.["application/json"]?.schema);
  const declared = schema !== undefined;
  const text = pick<string>([
    [declared ? 10 : 0, validValue(schema, hints).map(jsonText)],
    [declared ? 6 : 0, mutatedValue(schema, hints).map(jsonText)],
    [2, hostileJson.map(jsonText)],
    [2, fc.constantFrom(...MALFORMED)],
  ]);
  const body = fc
    .tuple(
      text,
      sometimes(5, fc.integer({ min: 1, max: 4096 }), undefined),
      sometimes(20, fc.constant(true), false),
    )
    .map(
      ([t, oversize, stream]): FuzzBody => ({
        text: t,
        ...(oversize === undefined ? {} : { oversize }),
        ...(stream ? { stream } : {}),
      }),
    );
  return sometimes(declared ? 95 : 10, body, undefined);
}

/** The bytes of a body as sent (an oversize body pads a JSON string past the limit). */
export function bodyText(body: FuzzBody, limitBytes: number): string {
  if (body.oversize === undefined) return body.text;
  return JSON.stringify({ pad: "x".repeat(limitBytes + body.oversize), text: body.text });
}

export /** A body in three chunks, as a client streaming it would send it. */
function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  const third = Math.ceil(bytes.length / 3);
  return new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += third) controller.enqueue(bytes.slice(at, at + third));
      controller.close();
    },
  });
}
