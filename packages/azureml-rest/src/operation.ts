import { z } from "zod";
import { AzureErrorBodySchema, ModelErrorResponseSchema } from "./error-body.ts";
import { AzureTimeSchema } from "./wire-values.ts";

/** The six states of an asynchronous operation (AsyncOperationStatus). */
export const OperationStateSchema = z.enum([
  "NotStarted",
  "Running",
  "Succeeded",
  "Failed",
  "Cancelled",
  "TimedOut",
]);
export type OperationState = z.infer<typeof OperationStateSchema>;

export const TERMINAL_OPERATION_STATES: readonly OperationState[] = [
  "Succeeded",
  "Failed",
  "Cancelled",
  "TimedOut",
];

/**
 * GET …/operations/{id} as Azure answers it: only `state` is sure. `id` may be absent (the caller
 * knows it from Operation-Location), and `error` is model management's ModelErrorResponse.
 */
export const OperationStatusSchema = z.object({
  id: z.string().nullish(),
  operationType: z.string().nullish(),
  state: OperationStateSchema,
  /** The service the operation acts on, where there is one. */
  resourceLocation: z.string().nullish(),
  createdTime: AzureTimeSchema.nullish().catch(undefined),
  endTime: AzureTimeSchema.nullish().catch(undefined),
  error: ModelErrorResponseSchema.nullish(),
});
export type OperationStatus = z.infer<typeof OperationStatusSchema>;

/** An operation status with its id, and the times and error as the emulator writes them. */
export const OperationSchema = z.object({
  id: z.string(),
  operationType: z.string().optional(),
  state: OperationStateSchema,
  resourceLocation: z.string().nullable().optional(),
  createdTime: z.iso.datetime({ offset: true }).optional(),
  endTime: z.iso.datetime({ offset: true }).nullable().optional(),
  error: AzureErrorBodySchema.shape.error.nullable().optional(),
});
export type Operation = z.infer<typeof OperationSchema>;

export function isTerminal(state: OperationState): boolean {
  return TERMINAL_OPERATION_STATES.includes(state);
}
