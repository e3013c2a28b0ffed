import { KeyTypeSchema } from "@keyturn/auth-domain";
import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../../lib/api-client";
import { apiPath } from "../../../lib/api-path";

export const IdentifyKeyBodySchema = z.object({ key: z.string().min(1) });
export type IdentifyKeyBody = z.infer<typeof IdentifyKeyBodySchema>;

export const KeyMatchSchema = z.object({ match: z.union([KeyTypeSchema, z.literal("unknown")]) });
export type KeyMatch = z.infer<typeof KeyMatchSchema>;

/** `POST /api/deployments/{workspace}/{name}/keys/identify`: which of the two keys a pasted value is. */
export const identifyKey = (workspace: string, name: string, body: IdentifyKeyBody) =>
  api(apiPath("deployments", workspace, name, "keys", "identify"), {
    method: "POST",
    body: IdentifyKeyBodySchema.parse(body),
    schema: KeyMatchSchema,
  });

/** The pasted key must not linger: not cached (`gcTime: 0`), and the caller resets the mutation. */
export const useIdentifyKey = (workspace: string, name: string) =>
  useMutation({ mutationFn: (key: string) => identifyKey(workspace, name, { key }), gcTime: 0 });
