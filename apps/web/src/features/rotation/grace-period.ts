import { RotationStartBodySchema } from "@keyturn/api-contract";

export const GRACE_UNITS = ["seconds", "minutes", "hours", "days"] as const;
export type GraceUnit = (typeof GRACE_UNITS)[number];

const SECONDS_PER: Record<GraceUnit, number> = { seconds: 1, minutes: 60, hours: 3_600, days: 86_400 };

/** The BFF's grace period when no rotation policy governs (auth-domain's default rules). */
export const DEFAULT_GRACE_SECONDS = 15 * 60;

/** What the wizard offers when no rotation policy governs: that default, 15 minutes. */
export const DEFAULT_GRACE = { amount: "15", unit: "minutes" } as const satisfies GraceDraft;

/** A grace period in its largest whole unit (3600 → 1 hour, 90 → 90 seconds, 0 → 0 seconds), as the wizard shows it. */
export function graceDraftOf(seconds: number): GraceDraft {
  const unit =
    [...GRACE_UNITS].reverse().find((u) => seconds > 0 && seconds % SECONDS_PER[u] === 0) ?? "seconds";
  return { amount: String(seconds / SECONDS_PER[unit]), unit };
}

/** What the wizard offers first: the governing policy's grace period, else the default. */
export const initialGrace = (policy: { graceSeconds: number } | null): GraceDraft =>
  policy ? graceDraftOf(policy.graceSeconds) : DEFAULT_GRACE;

export interface GraceDraft {
  amount: string;
  unit: GraceUnit;
}

export type GraceProblem = "notWhole" | "outOfRange";

/**
 * The grace period typed in the wizard, in seconds, checked against the contract's own bounds (0 to
 * 30 days). A minimum the policy sets (in production) is the BFF's to enforce: its refusal is shown.
 */
export function parseGrace(
  draft: GraceDraft,
): { ok: true; seconds: number } | { ok: false; problem: GraceProblem } {
  const text = draft.amount.trim();
  if (!/^\d+$/.test(text)) return { ok: false, problem: "notWhole" };
  const seconds = Number(text) * SECONDS_PER[draft.unit];
  const checked = RotationStartBodySchema.shape.graceSeconds.safeParse(seconds);
  return checked.success ? { ok: true, seconds } : { ok: false, problem: "outOfRange" };
}
