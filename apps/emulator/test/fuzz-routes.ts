import {
  AuthPatchSchema,
  CreateServiceBodySchema,
  JSON_PATCH_CONTENT_TYPE,
  RegenerateKeyBodySchema,
} from "@keyturn/azureml-rest";
import fc from "fast-check";
import { z } from "zod";
import { NewOtherKindServiceSchema, NewWorkspaceSchema } from "../src/admin/fleet-edit.ts";
import { FaultTableSchema, GatewayFaultSchema } from "../src/runtime/faults.ts";
import {
  hostileJson,
  hostileString,
  jsonText,
  mutated,
  percentEncode,
  RAW_SEGMENTS,
  schemaValue,
} from "./fuzz-values.ts";

// The emulator's control plane (ARM workspaces, the v1 model-management routes) and its admin API,
// each with its body schema, and requests for them: real names mostly, hostile values sometimes.

export interface EmulatorRoute {
  method: string;
  path: string;
  body?: z.ZodType;
  contentType?: string;
  /** Body limit of its prefix (app.ts): a body past it must be a 413. */
  limit: number;
}

const ARM = "/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.MachineLearningServices/workspaces";
const V1 = `/modelmanagement/v1.0${ARM}/{ws}`;
const V1_LIMIT = 256 * 1024;
const ADMIN_LIMIT = 64 * 1024;
/**
 * `POST /_emulator/seed` as the admin API documents it, but for valid counts up to 200 (the API takes
 * 20,000: seconds of work each time, which is the benchmark's business; hostile counts still go out).
 */
const SeedBodySchema = z.strictObject({
  count: z.number().int().min(0).max(200).optional(),
  workspace: z.string().optional(),
});

export const CONTROL_PLANE: EmulatorRoute[] = [
  { method: "GET", path: ARM, limit: 0 },
  { method: "GET", path: `${ARM}/{ws}`, limit: 0 },
  { method: "GET", path: `${V1}/services`, limit: V1_LIMIT },
  { method: "GET", path: `${V1}/services/{name}`, limit: V1_LIMIT },
  { method: "POST", path: `${V1}/services`, body: CreateServiceBodySchema, limit: V1_LIMIT },
  { method: "DELETE", path: `${V1}/services/{name}`, limit: V1_LIMIT },
  {
    method: "PATCH",
    path: `${V1}/services/{name}`,
    body: AuthPatchSchema,
    contentType: JSON_PATCH_CONTENT_TYPE,
    limit: V1_LIMIT,
  },
  { method: "POST", path: `${V1}/services/{name}/listkeys`, limit: V1_LIMIT },
  {
    method: "POST",
    path: `${V1}/services/{name}/regenerateKeys`,
    body: RegenerateKeyBodySchema,
    limit: V1_LIMIT,
  },
  { method: "POST", path: `${V1}/services/{name}/token`, limit: V1_LIMIT },
  { method: "GET", path: `${V1}/operations/{id}`, limit: V1_LIMIT },
  { method: "GET", path: "/discovery/subscriptions/{sub}/resourceGroups/{rg}/workspaces/{ws}", limit: 0 },
  { method: "GET", path: `${ARM}/{ws}/computes`, limit: 0 },
  { method: "GET", path: `${ARM}/{ws}/computes/{compute}`, limit: 0 },
];

export const ADMIN: EmulatorRoute[] = [
  ...[
    "GET /health",
    "POST /reset",
    "GET /regions",
    "POST /regions/{region}/down",
    "POST /regions/{region}/up",
  ],
  ...["GET /faults", "DELETE /faults", "GET /faults/gateway", "DELETE /faults/gateway/{workspace}"],
]
  .map((line) => line.split(" ") as [string, string])
  .map(([method, path]) => ({ method, path: `/_emulator${path}`, limit: ADMIN_LIMIT }) as EmulatorRoute)
  .concat([
    { method: "POST", path: "/_emulator/seed", body: SeedBodySchema, limit: ADMIN_LIMIT },
    { method: "PUT", path: "/_emulator/faults", body: FaultTableSchema, limit: ADMIN_LIMIT },
    {
      method: "PUT",
      path: "/_emulator/faults/gateway/{workspace}",
      body: GatewayFaultSchema,
      limit: ADMIN_LIMIT,
    },
    { method: "POST", path: "/_emulator/workspaces", body: NewWorkspaceSchema, limit: ADMIN_LIMIT },
    {
      method: "POST",
      path: "/_emulator/workspaces/{workspace}/services",
      body: NewOtherKindServiceSchema,
      limit: ADMIN_LIMIT,
    },
  ]);

export interface EmulatorRequest {
  method: string;
  url: string;
  headers: Array<[string, string]>;
  body?: { text: string; oversize?: number; stream?: boolean };
}

const sometimes = <T, U>(percent: number, arb: fc.Arbitrary<T>, otherwise: U) =>
  fc.oneof({ weight: percent, arbitrary: arb }, { weight: 100 - percent, arbitrary: fc.constant(otherwise) });

const MALFORMED = ["{", '{"a":', "{'a':1}", "[1,]", "\ufeff{}", "", "NaN", '{"__proto__":{"x":1}}'];
const CONTENT_TYPES = [
  "text/plain",
  "application/x-www-form-urlencoded",
  "application/json",
  JSON_PATCH_CONTENT_TYPE,
];

/**
 * Hostile text in a URL, at most 120 characters: the whole request head stays under Node's 16 KB, so
 * every request reaches the app (a head past it is its own case, over a raw socket).
 */
const urlText = hostileString.map((s) => s.slice(0, 120));

export function requestArb(route: EmulatorRoute, known: (name: string) => readonly unknown[]) {
  const names = [...route.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  const segment = (name: string) =>
    fc.oneof(
      { weight: 16, arbitrary: fc.constantFrom(...(known(name).length ? known(name) : ["x"])).map(String) },
      { weight: 3, arbitrary: urlText },
      { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS) },
    );
  const segments = fc.tuple(
    ...names.map((n) => segment(n).map((v) => (RAW_SEGMENTS.includes(v) ? v : percentEncode(v)))),
  );
  const query = sometimes(
    20,
    fc.array(fc.tuple(fc.constantFrom<string>("$skipToken", "api-version", "__proto__"), urlText), {
      minLength: 1,
      maxLength: 3,
    }),
    [] as Array<[string, string]>,
  );
  const valid = route.body ? schemaValue(route.body, known) : undefined;
  const text = fc.oneof(
    ...(valid
      ? [
          { weight: 10, arbitrary: valid.map(jsonText) },
          { weight: 6, arbitrary: mutated(valid).map(jsonText) },
        ]
      : []),
    { weight: 2, arbitrary: hostileJson.map(jsonText) },
    { weight: 2, arbitrary: fc.constantFrom(...MALFORMED) },
  );
  const body = fc.record({
    text,
    oversize: sometimes(5, fc.integer({ min: 1, max: 4096 }), undefined),
    stream: sometimes(20, fc.constant(true), undefined),
  });
  const contentType = route.contentType ?? "application/json";
  return fc
    .record({
      method: sometimes(
        8,
        fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "FOO"),
        route.method,
      ),
      segments,
      query,
      body: sometimes(route.body ? 95 : 10, body, undefined),
      type: sometimes(15, fc.constantFrom(...CONTENT_TYPES), contentType),
      origin: sometimes(5, fc.constantFrom("https://evil.example", "null"), undefined),
    })
    .map(({ method, segments, query, body, type, origin }): EmulatorRequest => {
      let i = 0;
      const path = route.path.replace(/\{[^}]+\}/g, () => segments[i++] ?? "");
      const q = query.map(([k, v]) => `${encodeURIComponent(k)}=${percentEncode(v)}`).join("&");
      const sendsBody = body !== undefined && method !== "GET" && method !== "HEAD";
      const headers: Array<[string, string]> = [];
      if (sendsBody) headers.push(["content-type", type]);
      if (origin) headers.push(["origin", origin]);
      return { method, url: q ? `${path}?${q}` : path, headers, ...(sendsBody ? { body } : {}) };
    });
}

/** The body as sent: an oversize body pads a JSON string past the route's limit. */
export function bodyBytes(req: EmulatorRequest, limit: number): Uint8Array | undefined {
  if (!req.body) return undefined;
  const { text, oversize } = req.body;
  const sent = oversize === undefined ? text : JSON.stringify({ pad: "x".repeat(limit + oversize), text });
  return new TextEncoder().encode(sent);
}
