import { type ConnectionTest, ConnectionTestSchema } from "@keyturn/api-contract";
import { useMutation } from "@tanstack/react-query";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";

/** `POST /api/connections/{id}/test`: changes nothing; provider faults arrive as problems (502 …). */
export const testConnection = (id: string): Promise<ConnectionTest> =>
  api(apiPath("connections", id, "test"), { method: "POST", schema: ConnectionTestSchema });

export const useTestConnection = () => useMutation({ mutationFn: testConnection });
