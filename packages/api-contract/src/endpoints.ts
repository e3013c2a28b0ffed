import {
  EndpointAuthModeSchema,
  EndpointComputeTypeSchema,
  KeyTypeSchema,
  safeText,
  TokenStateSchema,
} from "@keyturn/auth-domain";
import { z } from "zod";
import { ResourceNameSchema } from "./deployments.ts";
import { KeyViewSchema } from "./keys.ts";

// v2 online endpoints: `GET /api/endpoints`, `GET /api/endpoints/{workspace}/{name}`, `PUT …/auth`,
// `…/keys`, `…/token`, `…/test-call`, `…/verify-enforcement`. A reveal answers `KeyReveal`.

/** The endpoint an answer (its keys, token, a call) is about. */
export const EndpointRefShape = { workspace: z.string(), endpoint: z.string() };

export const EndpointSummarySchema = z
  .strictObject({
    workspace: z.string(),
    name: z.string(),
    kind: EndpointComputeTypeSchema,
    authMode: EndpointAuthModeSchema,
    /** The region name (null when the location is not one); `location` as Azure wrote it. */
    region: z.string().nullable(),
    location: z.string(),
    /** ARM's provisioningState as written (Creating, Updating, Succeeded, Failed, …). */
    provisioningState: z.string().nullable(),
    scoringUri: z.string().nullable(),
  })
  .meta({ id: "EndpointSummary" });
export type EndpointSummary = z.infer<typeof EndpointSummarySchema>;

/** `GET /api/endpoints` filters: each absent means any. */
export const EndpointListQuerySchema = z.strictObject({
  workspace: ResourceNameSchema.optional(),
  kind: EndpointComputeTypeSchema.optional(),
  authMode: EndpointAuthModeSchema.optional(),
});
export type EndpointListQuery = z.infer<typeof EndpointListQuerySchema>;

export const EndpointListSchema = z
  .strictObject({
    items: z.array(EndpointSummarySchema),
    /** Workspaces whose endpoints could not be listed, with the problem's code: never hiding the others. */
    unreadable: z.array(z.strictObject({ workspace: z.string(), code: z.string() })),
  })
  .meta({ id: "EndpointList" });
export type EndpointList = z.infer<typeof EndpointListSchema>;

export const EndpointTrafficSchema = z
  .strictObject({ deployment: z.string(), percent: z.number().int().min(0).max(100) })
  .meta({ id: "EndpointTraffic" });
export type EndpointTraffic = z.infer<typeof EndpointTrafficSchema>;

/** Who may call an Entra-token endpoint: principals holding `score/action`, with a token for `audience`. */
export const EntraCallersSchema = z
  .strictObject({ permission: z.string(), audience: z.string(), scope: z.string() })
  .meta({ id: "EntraCallers" });
export type EntraCallers = z.infer<typeof EntraCallersSchema>;

export const EndpointDetailSchema = z
  .strictObject({
    ...EndpointSummarySchema.shape,
    /** A Kubernetes endpoint's compute (its name or ARM id); null on a managed endpoint. */
    compute: z.string().nullable(),
    /** Deployment → percent of the calls; the deployments behind the endpoint in traffic order. */
    traffic: z.array(EndpointTrafficSchema),
    deployments: z.array(z.string()),
    /** The modes this endpoint accepts (auth-domain endpointAuthModes): AADToken on managed only. */
    authModes: z.array(EndpointAuthModeSchema),
    /** Callers send one of the two keys (Key mode). */
    usesKeys: z.boolean(),
    /** AADToken mode: who may call. Null in the other modes. */
    entra: EntraCallersSchema.nullable(),
    publicNetworkAccess: z.string().nullable(),
    connection: z.strictObject({ id: z.string(), name: z.string() }),
    createdAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
    /** The strong ETag also sent in the `ETag` header: `If-Match` of an auth change. */
    etag: z.string(),
  })
  .meta({ id: "EndpointDetail" });
export type EndpointDetail = z.infer<typeof EndpointDetailSchema>;

export const EndpointAuthBodySchema = z
  .strictObject({ authMode: safeText().min(1).max(64) })
  .meta({ description: "The new mode: Key, AMLToken or AADToken (AADToken on managed endpoints only)." });
export type EndpointAuthBody = z.infer<typeof EndpointAuthBodySchema>;

export const EndpointKeyListSchema = z
  .strictObject({ ...EndpointRefShape, keys: z.array(KeyViewSchema), etag: z.string() })
  .meta({ id: "EndpointKeyList" });
export type EndpointKeyList = z.infer<typeof EndpointKeyListSchema>;

export const EndpointKeyRegenerationSchema = z
  .strictObject({
    ...EndpointRefShape,
    outcome: z.literal("succeeded"),
    previousFingerprint: z.string().nullable(),
    key: KeyViewSchema,
    etag: z.string(),
  })
  .meta({ id: "EndpointKeyRegeneration" });
export type EndpointKeyRegeneration = z.infer<typeof EndpointKeyRegenerationSchema>;

/** An AML token's metadata (fetched by the reader identity); never the token. */
export const EndpointTokenMetadataSchema = z
  .strictObject({
    ...EndpointRefShape,
    tokenType: z.string(),
    /** Unix epoch seconds. */
    refreshAfter: z.number().int(),
    expiryOn: z.number().int(),
    state: TokenStateSchema,
    secondsUntilRefresh: z.number().int().nonnegative(),
    secondsUntilExpiry: z.number().int().nonnegative(),
    fingerprint: z.string(),
    fetchedAt: z.iso.datetime(),
  })
  .meta({ id: "EndpointTokenMetadata" });
export type EndpointTokenMetadata = z.infer<typeof EndpointTokenMetadataSchema>;

/** The credential of an endpoint test call, by name: the BFF holds every value. */
export const EndpointCredentialSchema = z.enum(["primary", "secondary", "aml-token", "entra-token", "none"]);
export type EndpointCredential = z.infer<typeof EndpointCredentialSchema>;

export const EndpointTestCallRequestSchema = z
  .strictObject({
    credential: EndpointCredentialSchema,
    /** Sent as `azureml-model-deployment`; absent: the traffic split picks. */
    deployment: ResourceNameSchema.optional(),
    body: z.unknown().optional(),
  })
  .meta({ id: "EndpointTestCallRequest" });
export type EndpointTestCallRequest = z.infer<typeof EndpointTestCallRequestSchema>;

export const EndpointTestCallResultSchema = z
  .strictObject({
    ...EndpointRefShape,
    credential: EndpointCredentialSchema,
    /** The deployment asked for (null: none) and the one that answered (its header), if named. */
    requestedDeployment: z.string().nullable(),
    servedBy: z.string().nullable(),
    scoringUri: z.string(),
    status: z.number().int(),
    latencyMs: z.number().nonnegative(),
    headers: z.record(z.string(), z.string()),
    body: z.string(),
    truncated: z.boolean(),
  })
  .meta({ id: "EndpointTestCallResult" });
export type EndpointTestCallResult = z.infer<typeof EndpointTestCallResultSchema>;

export const EndpointCheckNameSchema = z.enum([
  "no-credential",
  "garbage-key",
  "forged-token",
  "wrong-audience-token",
  "previous-key",
]);
export type EndpointCheckName = z.infer<typeof EndpointCheckNameSchema>;

export const EndpointCheckSchema = z
  .strictObject({
    check: EndpointCheckNameSchema,
    keyType: KeyTypeSchema.nullable(),
    description: z.string(),
    expected: z.literal("refused"),
    actualStatus: z.number().int().nullable(),
    outcome: z.enum(["pass", "fail", "skipped"]),
    explanation: z.string(),
  })
  .meta({ id: "EndpointCheck" });
export type EndpointCheck = z.infer<typeof EndpointCheckSchema>;

export const EndpointEnforcementReportSchema = z
  .strictObject({
    ...EndpointRefShape,
    authMode: EndpointAuthModeSchema,
    /** Every check that ran was refused as expected. */
    passed: z.boolean(),
    checks: z.array(EndpointCheckSchema),
  })
  .meta({ id: "EndpointEnforcementReport" });
export type EndpointEnforcementReport = z.infer<typeof EndpointEnforcementReportSchema>;
