import type { z } from "zod";

/** What the README says of one variable: its name, its default as shown, and what it means. */
export interface EnvironmentRow {
  name: string;
  default: string;
  meaning: string;
}

interface VariableMeta {
  description?: string;
  /** The default as people read it, when it is not the schema's own value (e.g. `<repo root>/.keyturn`). */
  shownDefault?: string;
}

function defaultOf(schema: z.ZodType): string {
  const meta = (schema.meta() ?? {}) as VariableMeta;
  if (meta.shownDefault !== undefined) return meta.shownDefault;
  const def = schema.def as { type: string; defaultValue?: unknown; innerType?: z.ZodType };
  if (def.type === "default") {
    const value = def.defaultValue;
    if (Array.isArray(value)) return value.length === 0 ? "empty" : `\`${value.join(",")}\``;
    return `\`${String(value)}\``;
  }
  return "unset";
}

/** The rows of an app's environment schema (a `z.object` whose fields carry `.meta({ description })`). */
export function describeEnvironment(schema: z.ZodObject): EnvironmentRow[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const meta = ((field as z.ZodType).meta() ?? {}) as VariableMeta;
    if (!meta.description) throw new Error(`${name} has no description: add .meta({ description })`);
    return { name, default: defaultOf(field as z.ZodType), meaning: meta.description };
  });
}

/** A Markdown table of the rows. */
export function environmentTable(rows: readonly EnvironmentRow[]): string {
  const cells = rows.map((row) => [`\`${row.name}\``, row.default, row.meaning]);
  const header = ["variable", "default", "meaning"];
  const widths = header.map((title, i) =>
    Math.max(title.length, ...cells.map((cell) => cell[i]?.length ?? 0)),
  );
  const line = (values: readonly string[]) =>
    `| ${values.map((value, i) => value.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...cells.map(line)].join("\n");
}
