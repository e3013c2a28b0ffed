import { LONE_SURROGATE_MESSAGE, NUL_MESSAGE } from "@keyturn/auth-domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KINDS, openTestDatabase, type TestDatabase } from "../support/databases.ts";
import { type ApiOperation, type JsonSchema, operations } from "../support/openapi-operations.ts";
import { expectProblem } from "../support/problem.ts";
import { allowedPersona, sampleFor, urlFor } from "../support/request-samples.ts";
import { bearer, createTestApp } from "../support/test-app.ts";
import { createTestIssuer, type TestIssuer } from "../support/test-issuer.ts";

// Text PostgreSQL cannot store (NUL, a lone surrogate) is a 400 at validation, on every string a
// request carries: one rule (auth-domain `safeText`), checked here for every route of the document.

type FieldError = { path: string; message: string };
interface StringField {
  api: ApiOperation;
  /** `query.q`, `path.workspace`, `body.credential.clientId`: the path of its validation error. */
  label: string;
  schema: JsonSchema;
  request(value: string): [string, RequestInit];
}

const isType = (schema: JsonSchema, type: string) =>
  schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type));

/** Every string leaf of a JSON body, with a body that holds it (and the discriminators around it). */
function bodyFields(
  schema: JsonSchema | undefined,
  api: ApiOperation,
  path: string[],
  wrap: (v: unknown) => unknown,
) {
  const s = api.resolve(schema) ?? {};
  const variants = (s.oneOf ?? s.anyOf) as JsonSchema[] | undefined;
  if (variants) return variants.flatMap((v): Leaf[] => bodyFields(v, api, path, wrap));
  if (isType(s, "object")) {
    const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
    const fixed = Object.fromEntries(
      Object.entries(properties).flatMap(([key, p]) => {
        const values = p.enum as unknown[] | undefined;
        return values?.length === 1 ? [[key, values[0]]] : [];
      }),
    );
    return Object.entries(properties).flatMap(([key, p]): Leaf[] =>
      bodyFields(p, api, [...path, key], (v) => wrap({ ...fixed, [key]: v })),
    );
  }
  return isType(s, "string") ? [{ path, schema: s, wrap }] : [];
}
type Leaf = { path: string[]; schema: JsonSchema; wrap: (v: unknown) => unknown };

function stringFields(api: ApiOperation, token: string | null): StringField[] {
  const headers = token ? bearer(token) : {};
  const fields: StringField[] = [];
  for (const p of api.op.parameters ?? []) {
    // Headers cannot carry NUL at all: the Fetch API and Node's HTTP parser refuse it.
    if (p.in === "header" || !p.schema || !isType(p.schema, "string")) continue;
    fields.push({
      api,
      label: `${p.in === "path" ? "path" : "query"}.${p.name}`,
      schema: p.schema,
      request: (value) =>
        p.in === "path"
          ? [urlFor(api, { [p.name]: value }), { method: api.method, headers }]
          : [`${urlFor(api)}?${p.name}=${encodeURIComponent(value)}`, { method: api.method, headers }],
    });
  }
  const body = api.op.requestBody?.content?.["application/json"]?.schema;
  for (const leaf of bodyFields(body, api, [], (v) => v)) {
    fields.push({
      api,
      label: ["body", ...leaf.path].join("."),
      schema: leaf.schema,
      request: (value) => [
        urlFor(api),
        {
          method: api.method,
          headers: { ...headers, "Content-Type": "application/json" },
          body: JSON.stringify(leaf.wrap(value)),
        },
      ],
    });
  }
  return fields;
}

describe("every request string refuses text that cannot be stored", () => {
  let t: TestDatabase;
  let issuer: TestIssuer;
  beforeAll(async () => {
    [t, issuer] = await Promise.all([openTestDatabase("pglite"), createTestIssuer()]);
  });
  afterAll(() => t?.close());

  it("walks the OpenAPI document: each string parameter and body field, NUL and lone surrogate", async () => {
    const { app } = createTestApp({ db: t, issuer, env: { KEYTURN_RATE_LIMIT_BURST: "10000" } });
    const errorsOf = async ([url, init]: [string, RequestInit]) => {
      const response = await app.request(url, init);
      expect(response.status, `${init.method} ${url}`).toBeLessThan(500);
      const body = (await response.json().catch(() => ({}))) as { errors?: FieldError[] };
      return { status: response.status, errors: body.errors ?? [] };
    };
    const checked: string[] = [];
    for (const api of await operations(app)) {
      const who = allowedPersona(api);
      const token = who ? await issuer.tokenFor(who) : null;
      for (const field of stringFields(api, token)) {
        const at = `${api.method} ${api.path} ${field.label}`;
        // A value the field itself accepts, so that a refusal below is the character's doing.
        let clean: string | undefined;
        for (const candidate of [sampleFor(field.schema), "sample", "aaa"]) {
          const { errors } = await errorsOf(field.request(candidate));
          if (!errors.some((e) => e.path === field.label)) {
            clean = candidate;
            break;
          }
        }
        // A closed set or a fixed format refuses by its own rule; any other text carries safeText's.
        const ownRule =
          Array.isArray(field.schema.enum) || ["uuid", "date-time"].includes(String(field.schema.format));
        const dirty: Array<[string, string]> = [[`${clean ?? "sample"}\u0000`, NUL_MESSAGE]];
        // A URL cannot carry a lone surrogate (its percent-encoding is not UTF-8); JSON can.
        if (field.label.startsWith("body."))
          dirty.push([`${clean ?? "sample"}\uD800`, LONE_SURROGATE_MESSAGE]);
        for (const [value, message] of dirty) {
          const { status, errors } = await errorsOf(field.request(value));
          expect(status, `${at} ${JSON.stringify(value)}`).toBe(400);
          const own = errors.filter((e) => e.path === field.label);
          expect(own.length, `${at} ${JSON.stringify(value)}: ${JSON.stringify(errors)}`).toBeGreaterThan(0);
          if (!ownRule)
            expect(
              own.map((e) => e.message),
              at,
            ).toContain(message);
        }
        checked.push(at);
      }
    }
    // The walk reached query, path and body strings (a document it cannot read would check nothing).
    expect(checked.length).toBeGreaterThan(30);
    for (const where of [" query.", " path.", " body."])
      expect(checked.some((c) => c.includes(where))).toBe(true);
  });
});

describe.each(DB_KINDS)("text that cannot be stored, on %s", (kind) => {
  let t: TestDatabase;
  let issuer: TestIssuer;
  let app: ReturnType<typeof createTestApp>["app"];
  beforeAll(async () => {
    [t, issuer] = await Promise.all([openTestDatabase(kind), createTestIssuer()]);
    app = createTestApp({ db: t, issuer }).app;
  });
  afterAll(() => t?.close());

  it.each([
    ["/api/audit/events?actor=%00", "lead", "query.actor"],
    ["/api/audit/events?workspace=ws%00", "lead", "query.workspace"],
    ["/api/audit/events?deployment=%00churn", "lead", "query.deployment"],
    ["/api/audit/export?actor=%00", "lead", "query.actor"],
    ["/api/deployments?q=%00", "admin", "query.q"],
    ["/api/posture?workspace=%00", "admin", "query.workspace"],
  ] as const)("GET %s is a 400 naming the field, never a 500 or 503", async (url, who, field) => {
    const response = await app.request(url, { headers: bearer(await issuer.tokenFor(who)) });
    const problem = await expectProblem(response, 400, "validation_failed");
    expect(problem.errors).toEqual([{ path: field, message: NUL_MESSAGE }]);
  });

  it("a JSON body with a lone surrogate or a NUL is a 400 naming the field", async () => {
    const post = async (body: unknown) =>
      app.request("/api/connections", {
        method: "POST",
        headers: { ...bearer(await issuer.tokenFor("admin")), "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    const surrogate = await expectProblem(await post({ name: "conn\uD800" }), 400, "validation_failed");
    expect(surrogate.errors).toContainEqual({ path: "body.name", message: LONE_SURROGATE_MESSAGE });
    const nul = await expectProblem(
      await post({ baseUrl: "https://management.example.com/\u0000" }),
      400,
      "validation_failed",
    );
    expect(nul.errors).toContainEqual({ path: "body.baseUrl", message: NUL_MESSAGE });
  });
});
