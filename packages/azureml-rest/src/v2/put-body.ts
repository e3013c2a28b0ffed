import { type EndpointAuthMode, EndpointAuthModeSchema } from "@keyturn/auth-domain";
import { z } from "zod";
import type { OnlineEndpoint } from "./endpoint.ts";

const TrafficSchema = z.record(z.string().min(1), z.number().int().min(0).max(100));

/** ARM's Sku, as an endpoint may carry it. */
export const EndpointSkuSchema = z.strictObject({
  name: z.string().min(1).max(128),
  tier: z.enum(["Free", "Basic", "Standard", "Premium"]).optional(),
  size: z.string().max(128).optional(),
  family: z.string().max(128).optional(),
  capacity: z.number().int().optional(),
});
export type EndpointSku = z.infer<typeof EndpointSkuSchema>;

/**
 * The whole resource a PUT …/onlineEndpoints/{name} sends, to create an endpoint or change it (its
 * `authMode` above all: PATCH cannot carry it). Only writable fields; `properties` is strict, so a
 * `keys` field (a secret, writable on create only) is refused: keys are set with regenerateKeys.
 */
export const OnlineEndpointPutBodySchema = z.strictObject({
  location: z.string().min(1).max(64),
  kind: z.string().min(1).max(64).optional(),
  tags: z.record(z.string().min(1).max(512), z.string().max(256)).optional(),
  identity: z
    .strictObject({
      type: z.enum(["None", "SystemAssigned", "UserAssigned", "SystemAssigned,UserAssigned"]),
      userAssignedIdentities: z.record(z.string().min(1), z.strictObject({})).optional(),
    })
    .optional(),
  sku: EndpointSkuSchema.optional(),
  properties: z.strictObject({
    authMode: EndpointAuthModeSchema,
    description: z.string().max(1024).optional(),
    compute: z.string().min(1).max(1024).optional(),
    traffic: TrafficSchema.optional(),
    mirrorTraffic: TrafficSchema.optional(),
    publicNetworkAccess: z.enum(["Enabled", "Disabled"]).optional(),
    properties: z.record(z.string(), z.string()).optional(),
  }),
});
export type OnlineEndpointPutBody = z.infer<typeof OnlineEndpointPutBodySchema>;

const IDENTITY_TYPES = OnlineEndpointPutBodySchema.shape.identity.unwrap().shape.type.options;
const isIdentityType = (type: string): type is (typeof IDENTITY_TYPES)[number] =>
  (IDENTITY_TYPES as readonly string[]).includes(type);

/**
 * The PUT body that keeps an endpoint as it was read and changes what `change` says (its auth mode):
 * Azure replaces the whole resource, so every writable field read is sent back; read-only ones
 * (id, systemData, provisioningState, scoringUri, the identity's principal) are left out.
 */
export function putBodyFrom(
  endpoint: OnlineEndpoint,
  change: { authMode?: EndpointAuthMode } = {},
): OnlineEndpointPutBody {
  const p = endpoint.properties;
  const properties: OnlineEndpointPutBody["properties"] = { authMode: change.authMode ?? p.authMode };
  if (p.description) properties.description = p.description;
  if (p.compute) properties.compute = p.compute;
  if (Object.keys(p.traffic).length > 0) properties.traffic = p.traffic;
  if (p.mirrorTraffic && Object.keys(p.mirrorTraffic).length > 0) properties.mirrorTraffic = p.mirrorTraffic;
  if (p.publicNetworkAccess === "Enabled" || p.publicNetworkAccess === "Disabled")
    properties.publicNetworkAccess = p.publicNetworkAccess;
  if (p.properties) {
    const kept = Object.entries(p.properties).filter((e): e is [string, string] => e[1] !== null);
    if (kept.length > 0) properties.properties = Object.fromEntries(kept);
  }
  const body: OnlineEndpointPutBody = { location: endpoint.location, tags: endpoint.tags, properties };
  if (endpoint.kind) body.kind = endpoint.kind;
  const sku = EndpointSkuSchema.safeParse(endpoint.sku);
  if (sku.success) body.sku = sku.data;
  const identity = endpoint.identity;
  if (identity && isIdentityType(identity.type)) {
    body.identity = { type: identity.type };
    const assigned = Object.keys(identity.userAssignedIdentities ?? {});
    if (assigned.length > 0)
      body.identity.userAssignedIdentities = Object.fromEntries(assigned.map((id) => [id, {}]));
  }
  return body;
}

/** PATCH …/onlineEndpoints/{name}: the tags (the whole set that replaces the endpoint's). */
export const EndpointTagsPatchSchema = z.strictObject({
  tags: z.record(z.string().min(1).max(512), z.string().max(256)),
});
export type EndpointTagsPatch = z.infer<typeof EndpointTagsPatchSchema>;
