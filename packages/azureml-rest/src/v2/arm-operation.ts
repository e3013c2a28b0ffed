import { z } from "zod";
import { AzureTimeSchema } from "../wire-values.ts";

/** The headers of an accepted ARM long-running call. */
export const AZURE_ASYNC_OPERATION_HEADER = "Azure-AsyncOperation";
export const LOCATION_HEADER = "Location";

/** ARM's ErrorDetail (code, message, target, nested details), every field optional as in the spec. */
export interface ArmErrorDetail {
  code?: string | null | undefined;
  message?: string | null | undefined;
  target?: string | null | undefined;
  details?: ArmErrorDetail[] | null | undefined;
}
export const ArmErrorDetailSchema: z.ZodType<ArmErrorDetail> = z.lazy(() =>
  z.object({
    code: z.string().nullish(),
    message: z.string().nullish(),
    target: z.string().nullish(),
    details: z.array(ArmErrorDetailSchema).nullish().catch(undefined),
  }),
);

/** ARM's ErrorResponse: `{"error": {code, message, target?, details?, additionalInfo?}}`. */
export const ArmErrorBodySchema = z.object({ error: ArmErrorDetailSchema });
export type ArmErrorBody = z.infer<typeof ArmErrorBodySchema>;

/** The terminal states of an ARM operation (`Cancelled` as some services spell it, too). */
export const TERMINAL_ARM_OPERATION_STATES = ["Succeeded", "Failed", "Canceled", "Cancelled"] as const;
export type ArmOperationState = "InProgress" | (typeof TERMINAL_ARM_OPERATION_STATES)[number] | (string & {});

/**
 * The status document an `Azure-AsyncOperation` URL answers. `status` is an open enum: any state but
 * a terminal one (`InProgress`, `Accepted`, `Running`, `Creating` …) means "poll again".
 */
export const ArmOperationStatusSchema = z.object({
  id: z.string().nullish(),
  name: z.string().nullish(),
  status: z.string().min(1),
  startTime: AzureTimeSchema.nullish().catch(undefined),
  endTime: AzureTimeSchema.nullish().catch(undefined),
  percentComplete: z.number().nullish().catch(undefined),
  error: ArmErrorDetailSchema.nullish().catch(undefined),
});
export type ArmOperationStatus = z.infer<typeof ArmOperationStatusSchema>;

/** The terminal state a status names (compared without case), or null while it runs. */
export function terminalState(status: string): "Succeeded" | "Failed" | "Canceled" | null {
  const folded = status.toLowerCase();
  if (folded === "succeeded") return "Succeeded";
  if (folded === "failed") return "Failed";
  return folded === "canceled" || folded === "cancelled" ? "Canceled" : null;
}

/** An accepted change: where to follow it (the status monitor first, else the result URL). */
export interface ArmPendingOperation {
  asyncOperation: string | null;
  location: string | null;
  /** Seconds the answer asked to wait before the first poll. */
  retryAfterSeconds: number | undefined;
}
