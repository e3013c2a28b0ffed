import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENDPOINT_AUTH_MODE_CLI } from "./endpoint-auth.ts";
import {
  ENDPOINT_YAML_SCHEMAS,
  type EndpointDefinition,
  endpointDefinitionYaml,
  yamlQuoted,
} from "./endpoint-yaml.ts";
import { endpointNameFor } from "./names.ts";

/** Reads a YAML double-quoted scalar (the escapes the emitter writes), or throws. */
function unquote(text: string): string {
  const m = /^"((?:[^"\\]|\\.)*)"$/su.exec(text);
  if (!m?.[1] && m?.[1] !== "") throw new Error(`not a quoted scalar: ${text}`);
  return m[1].replace(/\\(U[0-9A-F]{8}|u[0-9A-F]{4}|.)/gu, (_, e: string) => {
    if (e.length > 1) return String.fromCodePoint(Number.parseInt(e.slice(1), 16));
    const simple: Record<string, string> = { '"': '"', "\\": "\\", n: "\n", t: "\t", r: "\r" };
    const out = simple[e];
    if (out === undefined) throw new Error(`unknown escape \\${e}`);
    return out;
  });
}

const QUOTED = String.raw`"(?:[^"\\]|\\.)*"`;
const TOP = /^(\$schema|name|description|auth_mode|compute): (.+)$/u;
const TAG = new RegExp(`^  (${QUOTED}): (${QUOTED})$`, "u");

/** A minimal reader for exactly the shape the emitter writes: it refuses any other line. */
function readDefinition(yaml: string): Record<string, unknown> {
  expect(yaml.endsWith("\n")).toBe(true);
  const out: Record<string, unknown> = {};
  let tags: Record<string, string> | undefined;
  for (const line of yaml.slice(0, -1).split("\n")) {
    const tag = TAG.exec(line);
    if (tags && tag?.[1] && tag[2]) {
      tags[unquote(tag[1])] = unquote(tag[2]);
      continue;
    }
    if (line === "tags:") {
      tags = {};
      out.tags = tags;
      continue;
    }
    const top = TOP.exec(line);
    if (!top?.[1] || !top[2]) throw new Error(`unexpected line: ${JSON.stringify(line)}`);
    const raw = top[2];
    out[top[1]] = top[1] === "$schema" || top[1] === "auth_mode" ? raw : unquote(raw);
  }
  return out;
}

/** Text without lone surrogates (the only input yamlQuoted does not keep as is). */
const text = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.string({
    unit: fc.constantFrom(
      '"',
      "\\",
      "\n",
      "\r",
      "\t",
      ":",
      "#",
      "-",
      " ",
      "\u2028",
      "\u0085",
      "\ufeff",
      "é",
      "\u007f",
    ),
  }),
);
const definition: fc.Arbitrary<EndpointDefinition> = fc.record(
  {
    $schema: fc.constantFrom(...Object.values(ENDPOINT_YAML_SCHEMAS)),
    name: fc.string().map(endpointNameFor),
    description: text,
    auth_mode: fc.constantFrom(...Object.values(ENDPOINT_AUTH_MODE_CLI)),
    compute: text.map((s) => `azureml:${s}`),
    tags: fc.dictionary(text, text, { maxKeys: 4 }),
  },
  { requiredKeys: ["$schema", "name", "auth_mode"] },
);
const withoutEmptyTags = (d: EndpointDefinition) => {
  const { tags, ...rest } = d;
  return tags && Object.keys(tags).length > 0 ? { ...rest, tags } : rest;
};

/** No control character, line break of either YAML version, BOM or lone surrogate. */
const printable = (cp: number) =>
  (cp >= 0x20 && cp < 0x7f) ||
  (cp >= 0xa0 && cp < 0xd800 && cp !== 0x2028 && cp !== 0x2029) ||
  (cp > 0xdfff && cp !== 0xfeff && cp !== 0xfffe && cp !== 0xffff);

describe("yamlQuoted", () => {
  it("reads back as the same text, on one line, with every inner quote escaped", () => {
    fc.assert(
      fc.property(text, (s) => {
        const q = yamlQuoted(s);
        expect(unquote(q)).toBe(s);
        expect([...q].filter((ch) => !printable(ch.codePointAt(0) ?? 0))).toEqual([]);
      }),
    );
  });

  it("replaces a lone surrogate, which is not text, with U+FFFD", () => {
    expect(unquote(yamlQuoted("a\ud800b"))).toBe("a\ufffdb");
  });
});

describe("endpointDefinitionYaml", () => {
  it("round-trips every field through a reader of the fixed shape", () => {
    fc.assert(
      fc.property(definition, (d) => {
        expect(readDefinition(endpointDefinitionYaml(d))).toEqual(withoutEmptyTags(d));
      }),
    );
  });

  it("starts with the published $schema and the name, and is the same text whatever the tags' order", () => {
    fc.assert(
      fc.property(definition, (d) => {
        const yaml = endpointDefinitionYaml(d);
        expect(yaml.split("\n").slice(0, 2)).toEqual([`$schema: ${d.$schema}`, `name: "${d.name}"`]);
        const reversed = { ...d, tags: Object.fromEntries(Object.entries(d.tags ?? {}).reverse()) };
        expect(endpointDefinitionYaml(reversed)).toBe(yaml);
      }),
    );
  });

  it("refuses a field outside the shape, such as keys, and a name Azure refuses", () => {
    const d = { $schema: ENDPOINT_YAML_SCHEMAS.Managed, name: "scorer", auth_mode: "key" } as const;
    expect(endpointDefinitionYaml(d)).toBe(
      '$schema: https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json\nname: "scorer"\nauth_mode: key\n',
    );
    expect(() => endpointDefinitionYaml({ ...d, keys: { primaryKey: "x" } } as EndpointDefinition)).toThrow();
    expect(() => endpointDefinitionYaml({ ...d, name: "a b" })).toThrow();
  });
});
