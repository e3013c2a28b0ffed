import { z } from "zod";

/** The diabetes-shaped scoring input: rows of exactly 10 numeric features. */
export const ScoringInputSchema = z.strictObject({
  data: z
    .array(z.array(z.number().finite()).length(10, "each row has exactly 10 features"))
    .min(1, "send at least one row")
    .max(1000, "send at most 1000 rows"),
});
export type ScoringInput = z.infer<typeof ScoringInputSchema>;

/** The model answers one prediction per row. */
export const ScoringOutputSchema = z.array(z.number());
export type ScoringOutput = z.infer<typeof ScoringOutputSchema>;

/** A ready-to-send sample, used by the swagger document and the console's test editor. */
export const SAMPLE_SCORING_INPUT: ScoringInput = {
  data: [
    [0.038, 0.051, 0.062, 0.022, -0.044, -0.035, -0.043, -0.003, 0.02, -0.018],
    [-0.002, -0.045, -0.051, -0.026, -0.008, -0.019, 0.074, -0.039, -0.068, -0.092],
  ],
};
