import fc from "fast-check";
import { bodyArb, bodyText, type FuzzBody, streamOf } from "./fuzz-bodies.ts";
import { type SchemaHints, validValue } from "./fuzz-schema.ts";
import {
  hostileHeaderValue,
  hostileKey,
  hostileString,
  percentEncode,
  pick,
  RAW_SEGMENTS,
  sometimes,
} from "./fuzz-values.ts";
import type { ApiOperation, Parameter } from "./openapi-operations.ts";

// A request for one OpenAPI operation: its path parameters, query, headers and body drawn from the
// operation's schemas, from real names, or from hostile values; sometimes another method or media type.

export interface FuzzRequest {
  method: string;
  /** Encoded path and query. */
  url: string;
  headers: Array<[string, string]>;
  body?: FuzzBody;
}

const ODD_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "PROPFIND", "FOO", "get"];
const CONTENT_TYPES = [
  ...["text/plain", "application/json; charset=utf-16", "application/x-www-form-urlencoded"],
  ...[
    "multipart/form-data; boundary=x",
    "application/json-patch+json",
    "APPLICATION/JSON",
    "application/json;;",
  ],
  ...["application/json, text/plain", "application/xml", "*/*"],
];
function segment(parameter: Parameter | undefined, name: string, hints: SchemaHints) {
  const known = hints.known(name);
  return pick<string>([
    [known.length > 0 ? 10 : 0, fc.constantFrom(...(known.length > 0 ? known : [""])).map(percentEncode)],
    [6, validValue(parameter?.schema, hints, name).map((v) => percentEncode(String(v)))],
    [3, hostileString.map(percentEncode)],
    [2, fc.constantFrom(...RAW_SEGMENTS)],
  ]);
}

function queryPart(parameter: Parameter, hints: SchemaHints): fc.Arbitrary<string[]> {
  const value = pick<string>([
    [12, validValue(parameter.schema, hints, parameter.name).map((v) => percentEncode(String(v)))],
    [3, hostileString.map(percentEncode)],
    [1, fc.constantFrom(...RAW_SEGMENTS)],
  ]);
  const key = percentEncode(parameter.name);
  // Absent, once, or repeated (`?limit=1&limit=2`).
  const values = pick<string[]>([
    [5, fc.constant([])],
    [4, value.map((v) => [v])],
    [1, fc.array(value, { minLength: 2, maxLength: 3 })],
  ]);
  return values.map((vs) => vs.map((v) => `${key}=${v}`));
}

const extraQuery = sometimes(
  15,
  fc.array(
    fc.tuple(hostileKey, hostileString).map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`),
    { minLength: 1, maxLength: 2 },
  ),
  [] as string[],
);

function headersArb(api: ApiOperation, hasBody: boolean) {
  const ifMatch = api.op.parameters?.some((p) => p.in === "header" && p.name.toLowerCase() === "if-match");
  const optional = (name: string, arb: fc.Arbitrary<string>, percent: number) =>
    sometimes(
      percent,
      arb.map((v): [string, string] => [name, v]),
      undefined,
    );
  const json: [string, string] = ["content-type", "application/json"];
  return fc
    .tuple(
      optional(
        "if-match",
        fc.oneof(fc.constantFrom('"sample"', "*", 'W/"x"'), hostileHeaderValue),
        ifMatch ? 90 : 5,
      ),
      hasBody
        ? sometimes(85, fc.constant(json), undefined).chain((ct) =>
            ct ? fc.constant(ct) : optional("content-type", fc.constantFrom(...CONTENT_TYPES), 80),
          )
        : optional("content-type", fc.constantFrom(...CONTENT_TYPES), 10),
      optional("x-request-id", hostileHeaderValue, 10),
      optional("origin", fc.constantFrom("https://evil.example", "null", "http://localhost:8080"), 10),
      optional("x-forwarded-for", hostileHeaderValue, 10),
      optional("accept", fc.constantFrom("text/html", "application/problem+json", "*/*", ""), 10),
    )
    .map((all) => all.filter((h): h is [string, string] => h !== undefined));
}

/** Requests for one operation (its own method mostly, sometimes another). */
export function requestArb(api: ApiOperation, hints: SchemaHints): fc.Arbitrary<FuzzRequest> {
  const names = [...api.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  const params = api.op.parameters ?? [];
  const segments = fc.tuple(
    ...names.map((name) =>
      segment(
        params.find((p) => p.in === "path" && p.name === name),
        name,
        hints,
      ),
    ),
  );
  const query = fc.tuple(...params.filter((p) => p.in === "query").map((p) => queryPart(p, hints)));
  const method = sometimes(8, fc.constantFrom(...ODD_METHODS), api.method);
  return fc
    .record({ method, segments, query, extra: extraQuery, body: bodyArb(api, hints) })
    .chain(({ method, segments, query, extra, body }) => {
      let i = 0;
      const path = api.path.replace(/\{[^}]+\}/g, () => segments[i++] ?? "");
      const parts = [...query.flat(), ...extra];
      const url = parts.length > 0 ? `${path}?${parts.join("&")}` : path;
      const sendsBody = body !== undefined && !["GET", "HEAD", "get"].includes(method);
      return headersArb(api, sendsBody).map(
        (headers): FuzzRequest => ({ method, url, headers, ...(sendsBody ? { body } : {}) }),
      );
    });
}

/** The request as a fetch Request (in process); `authorization` is the caller's header, if any. */
export function toRequest(req: FuzzRequest, authorization: string | undefined, limitBytes: number) {
  const headers = new Headers();
  for (const [name, value] of req.headers) headers.append(name, value);
  if (authorization !== undefined) headers.set("authorization", authorization);
  let body: Uint8Array | ReadableStream<Uint8Array> | undefined;
  if (req.body) {
    const bytes = new TextEncoder().encode(bodyText(req.body, limitBytes));
    body = req.body.stream ? streamOf(bytes) : bytes;
  }
  return new Request(`http://localhost${req.url}`, {
    method: req.method,
    headers,
    body,
    ...(req.body?.stream ? { duplex: "half" } : {}),
  } as RequestInit);
}
