/** One check's verdict: what was found, and for a failure what to do about it. Never a secret. */
export type Outcome =
  | { status: "ok"; detail: string }
  | { status: "fail" | "skip"; detail: string; fix: string };

export const ok = (detail: string): Outcome => ({ status: "ok", detail });
export const fail = (detail: string, fix: string): Outcome => ({ status: "fail", detail, fix });
/** Not run because an earlier check failed (the fix is that check's). */
export const skip = (detail: string): Outcome => ({
  status: "skip",
  detail,
  fix: "fix the check above first",
});

/** A failure's reason in a few words: its code or message, first line only, bounded. */
export function reason(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } };
  const code = typeof e?.cause?.code === "string" ? e.cause.code : typeof e?.code === "string" ? e.code : "";
  const message = typeof e?.message === "string" ? (e.message.split("\n")[0] ?? "") : String(err);
  return (code && !message.includes(code) ? `${code}: ${message}` : message).slice(0, 200);
}

/** A network call's bound: the doctor never hangs on an unreachable host. */
export const NETWORK_TIMEOUT_MS = 8_000;
