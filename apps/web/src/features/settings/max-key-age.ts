import { PosturePolicySchema } from "@keyturn/auth-domain";

const field = PosturePolicySchema.shape.maxKeyAgeDays;

/** The allowed range, read from auth-domain's schema (the BFF validates with the same bounds). */
export const MAX_KEY_AGE_RANGE = { min: field.minValue ?? 1, max: field.maxValue ?? 3650 } as const;

export type MaxKeyAgeProblem = "empty" | "notWhole" | "outOfRange";

export type ParsedMaxKeyAge = { ok: true; days: number } | { ok: false; problem: MaxKeyAgeProblem };

/**
 * What the user typed in the "maximum key age" field, as a policy value or the reason it is not one.
 * Only plain digits count as a whole number ("1e3", "90.0", "+90" are refused, as the domain's
 * integer rule would refuse what they might be read as).
 */
export function parseMaxKeyAge(text: string): ParsedMaxKeyAge {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, problem: "empty" };
  if (!/^-?\d+$/.test(trimmed)) return { ok: false, problem: "notWhole" };
  const parsed = PosturePolicySchema.safeParse({ maxKeyAgeDays: Number(trimmed) });
  return parsed.success
    ? { ok: true, days: parsed.data.maxKeyAgeDays }
    : { ok: false, problem: "outOfRange" };
}
