import { z } from "zod";
import type { EndpointComputeType } from "./deployment-kinds.ts";
import { ENDPOINT_AUTH_MODE_CLI } from "./endpoint-auth.ts";
import { ENDPOINT_NAME_RULE } from "./names.ts";

/** The JSON schemas Azure publishes for `az ml online-endpoint create -f` (CLI v2). */
export const ENDPOINT_YAML_SCHEMAS: Readonly<Record<EndpointComputeType, string>> = {
  Managed: "https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json",
  Kubernetes: "https://azuremlschemas.azureedge.net/latest/kubernetesOnlineEndpoint.schema.json",
};

/**
 * An online endpoint as the CLI's YAML describes it, only the fields a migrated service needs. It has
 * no field for keys: a definition never carries a secret.
 */
export const EndpointDefinitionSchema = z.strictObject({
  $schema: z.enum([ENDPOINT_YAML_SCHEMAS.Managed, ENDPOINT_YAML_SCHEMAS.Kubernetes]),
  name: z.string().regex(ENDPOINT_NAME_RULE.pattern),
  description: z.string().optional(),
  auth_mode: z.enum([
    ENDPOINT_AUTH_MODE_CLI.Key,
    ENDPOINT_AUTH_MODE_CLI.AMLToken,
    ENDPOINT_AUTH_MODE_CLI.AADToken,
  ]),
  /** A Kubernetes endpoint's compute target, `azureml:<name>`; absent for a managed endpoint. */
  compute: z.string().optional(),
  tags: z.record(z.string(), z.string()).optional(),
});
export type EndpointDefinition = z.infer<typeof EndpointDefinitionSchema>;

const hex = (cp: number, width: number) => cp.toString(16).toUpperCase().padStart(width, "0");
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\t": "\\t",
  "\r": "\\r",
};
/** Printable in YAML 1.1 and 1.2 alike: not a C1 control, a line or paragraph separator, a BOM or a surrogate. */
const literal = (cp: number) =>
  (cp >= 0x20 && cp <= 0x7e) ||
  (cp >= 0xa0 && cp <= 0xd7ff && cp !== 0x2028 && cp !== 0x2029) ||
  (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff) ||
  cp >= 0x10000;

/**
 * A YAML double-quoted scalar that reads back as exactly `value`: quotes, backslashes and anything not
 * safely printable are escaped, so no text can end the scalar, start a line or change the document.
 * A lone surrogate (not text) becomes U+FFFD.
 */
export function yamlQuoted(value: string): string {
  let out = '"';
  for (const ch of value) {
    const cp = ch.codePointAt(0) ?? 0xfffd;
    const escaped = ESCAPES[ch];
    if (escaped !== undefined) out += escaped;
    else if (cp >= 0xd800 && cp <= 0xdfff) out += "\\uFFFD";
    else if (literal(cp)) out += ch;
    else out += cp > 0xffff ? `\\U${hex(cp, 8)}` : `\\u${hex(cp, 4)}`;
  }
  return `${out}"`;
}

/**
 * The definition as YAML: fixed key order, every value double-quoted, tags sorted by name, a final
 * newline. The same definition always gives the same text.
 */
export function endpointDefinitionYaml(definition: EndpointDefinition): string {
  const d = EndpointDefinitionSchema.parse(definition);
  const lines = [`$schema: ${d.$schema}`, `name: ${yamlQuoted(d.name)}`];
  if (d.description !== undefined) lines.push(`description: ${yamlQuoted(d.description)}`);
  lines.push(`auth_mode: ${d.auth_mode}`);
  if (d.compute !== undefined) lines.push(`compute: ${yamlQuoted(d.compute)}`);
  const tags = Object.entries(d.tags ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (tags.length > 0) {
    lines.push("tags:");
    for (const [key, value] of tags) lines.push(`  ${yamlQuoted(key)}: ${yamlQuoted(value)}`);
  }
  return `${lines.join("\n")}\n`;
}
