import { z } from "zod";

/** A workspace token as the token call answers it (Unix epoch seconds). */
export const WorkspaceTokenSchema = z.object({
  accessToken: z.string().min(1),
  tokenType: z.string().min(1),
  refreshAfter: z.number().int(),
  expiryOn: z.number().int(),
});
export type WorkspaceToken = z.infer<typeof WorkspaceTokenSchema>;

export const TokenStateSchema = z.enum(["fresh", "refresh-due", "expired"]);
export type TokenState = z.infer<typeof TokenStateSchema>;

type TokenTimes = Pick<WorkspaceToken, "refreshAfter" | "expiryOn">;

/** A token is fresh before `refreshAfter`, due for refresh until `expiryOn`, expired from then on. */
export function tokenState(token: TokenTimes, nowEpochSeconds: number): TokenState {
  if (nowEpochSeconds >= token.expiryOn) return "expired";
  if (nowEpochSeconds >= token.refreshAfter) return "refresh-due";
  return "fresh";
}

/** Seconds left until the caller should fetch a new token (0 once due). */
export function secondsUntilRefresh(token: TokenTimes, nowEpochSeconds: number): number {
  return Math.max(0, token.refreshAfter - nowEpochSeconds);
}

/** Seconds left until the token stops working (0 once expired). */
export function secondsUntilExpiry(token: TokenTimes, nowEpochSeconds: number): number {
  return Math.max(0, token.expiryOn - nowEpochSeconds);
}

export function toEpochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
