import {
  checkCustomKey,
  type EndpointAuthMode,
  isKnownRegion,
  parseEndpointAuthMode,
  validateEndpointAuthMode,
} from "@keyturn/auth-domain";
import { z } from "zod";
import type { WorkspaceRecord } from "../state/schema.ts";
import { ArmError, armBadRequest } from "./arm-error.ts";
import type { EndpointKind } from "./state.ts";

const TrafficSchema = z.record(z.string().min(1), z.number().int().min(0).max(100));

/** The whole resource a PUT carries (what the emulator reads of it; other fields are accepted and ignored). */
export const PutBodySchema = z.looseObject({
  location: z.string().min(1),
  tags: z.record(z.string(), z.string()).nullish(),
  properties: z.looseObject({
    authMode: z.string().max(64),
    description: z.string().nullish(),
    compute: z.string().nullish(),
    traffic: TrafficSchema.nullish(),
    publicNetworkAccess: z.enum(["Enabled", "Disabled"]).nullish(),
    properties: z.record(z.string(), z.string().nullable()).nullish(),
    keys: z.object({ primaryKey: z.string().nullish(), secondaryKey: z.string().nullish() }).nullish(),
  }),
});
export type PutBody = z.infer<typeof PutBodySchema>;

/** The body's compute → where the endpoint runs: no compute is managed, a workspace cluster is Kubernetes. */
export function kindOf(
  body: PutBody,
  workspace: WorkspaceRecord,
): { kind: EndpointKind; cluster: string | null } {
  const compute = body.properties.compute;
  if (compute === undefined || compute === null || compute === "") return { kind: "Managed", cluster: null };
  const name = compute.split("/").at(-1) ?? "";
  const prefix = `${workspace.id}/computes/`.toLowerCase();
  const qualified = compute.includes("/");
  const cluster = workspace.clusters.find((c) => c.name === name);
  if (!cluster || (qualified && !compute.toLowerCase().startsWith(prefix)))
    throw armBadRequest(
      `The compute '${compute}' is not a Kubernetes compute of workspace '${workspace.name}'.`,
    );
  return { kind: "Kubernetes", cluster: cluster.name };
}

/**
 * The rules a PUT must meet before anything changes (auth-domain's for the mode, the location's,
 * the traffic's, the keys'); the mode in Azure's spelling. A refused mode answers the domain's code.
 */
export function checkPutBody(
  body: PutBody,
  workspace: WorkspaceRecord,
  kind: EndpointKind,
): EndpointAuthMode {
  const parsed = parseEndpointAuthMode(body.properties.authMode);
  const mode = parsed.ok ? validateEndpointAuthMode(kind, parsed.value) : parsed;
  if (!mode.ok) throw new ArmError(400, mode.error.code, mode.error.message);
  const location = body.location.toLowerCase().replaceAll(" ", "");
  if (!isKnownRegion(location) || location !== workspace.location)
    throw armBadRequest(`An online endpoint must be in its workspace's region, ${workspace.location}.`);
  const traffic = body.properties.traffic ?? {};
  const total = Object.values(traffic).reduce((sum, p) => sum + p, 0);
  if (Object.keys(traffic).length > 0 && total !== 100 && total !== 0)
    throw armBadRequest(`Traffic values must sum to 100 (they sum to ${total}).`);
  for (const key of [body.properties.keys?.primaryKey, body.properties.keys?.secondaryKey]) {
    if (key === undefined || key === null) continue;
    const checked = checkCustomKey(key);
    if (!checked.ok)
      throw new ArmError(400, checked.error.code, `A chosen key is refused: ${checked.error.message}`);
  }
  return mode.value;
}
