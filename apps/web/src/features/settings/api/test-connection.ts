import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";

/** What the connection reaches right now with its stored credential, and how long the listing took. */
export const ConnectionTestSchema = z.object({
  workspaces: z.array(z.object({ name: z.string(), region: z.string() })),
  durationMs: z.number().int().nonnegative(),
});
export type ConnectionTest = z.infer<typeof ConnectionTestSchema>;

/** `POST /api/connections/{id}/test`: changes nothing; provider faults arrive as problems (502 …). */
export const testConnection = (id: string): Promise<ConnectionTest> =>
  api(apiPath("connections", id, "test"), { method: "POST", schema: ConnectionTestSchema });

export const useTestConnection = () => useMutation({ mutationFn: testConnection });
