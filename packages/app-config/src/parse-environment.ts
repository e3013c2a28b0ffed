import type { z } from "zod";

/** Thrown with every invalid variable's name and reason — never its value, which may be a secret. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * The one way an app reads its environment: an empty variable counts as unset (as `KEY=` in a compose
 * file means), the schema decides the rest, and a failure names each variable and why.
 */
export function parseEnvironment<S extends z.ZodType>(
  schema: S,
  env: Readonly<Record<string, string | undefined>>,
): z.output<S> {
  const set = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  const parsed = schema.safeParse(set);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map(
    (issue) => `${issue.path.join(".") || "(environment)"}: ${issue.message}`,
  );
  throw new ConfigError(`invalid environment:\n  ${lines.join("\n  ")}`);
}
