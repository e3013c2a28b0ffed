import { z } from "zod";

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

/** The body of an Azure error answer: `{"error": {"code", "message", "details"}}`. */
export const AzureErrorDetailSchema = z.object({ code: z.string(), message: z.string() });
export const AzureErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(AzureErrorDetailSchema).optional(),
  }),
});
export type AzureErrorBody = z.infer<typeof AzureErrorBodySchema>;

/** GET …/operations/{id} */
export const OperationSchema = z.object({
  id: z.string(),
  operationType: z.string().optional(),
  state: OperationStateSchema,
  /** The service the operation acts on, where there is one. */
  resourceLocation: z.string().nullable().optional(),
  createdTime: z.iso.datetime({ offset: true }).optional(),
  endTime: z.iso.datetime({ offset: true }).nullable().optional(),
  error: AzureErrorBodySchema.shape.error.nullable().optional(),
});
export type Operation = z.infer<typeof OperationSchema>;

export function isTerminal(state: OperationState): boolean {
  return TERMINAL_OPERATION_STATES.includes(state);
}
