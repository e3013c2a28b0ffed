// The v2 online endpoints (ARM onlineEndpoints) surface; the calls and the operation follower stay internal.
export {
  type ArmErrorBody,
  ArmErrorBodySchema,
  type ArmErrorDetail,
  ArmErrorDetailSchema,
  type ArmOperationState,
  type ArmOperationStatus,
  ArmOperationStatusSchema,
  type ArmPendingOperation,
  AZURE_ASYNC_OPERATION_HEADER,
  LOCATION_HEADER,
  TERMINAL_ARM_OPERATION_STATES,
  terminalState,
} from "./arm-operation.ts";
export { createOnlineEndpointsClient } from "./client.ts";
export {
  type EndpointKeys,
  EndpointKeysSchema,
  type EndpointToken,
  EndpointTokenSchema,
  type RegenerateEndpointKeyBody,
  RegenerateEndpointKeyBodySchema,
} from "./credentials.ts";
export {
  type EndpointComputeTypeValue,
  type EndpointIdentity,
  EndpointIdentitySchema,
  type EndpointProvisioningState,
  EndpointProvisioningStateSchema,
  endpointComputeType,
  isManagedEndpointKind,
  KNOWN_ENDPOINT_PROVISIONING_STATES,
  type KnownEndpointProvisioningState,
  type OnlineEndpoint,
  type OnlineEndpointAnswer,
  OnlineEndpointSchema,
  type OtherKindEndpoint,
  OtherKindEndpointSchema,
  type SystemData,
  SystemDataSchema,
} from "./endpoint.ts";
export { sortEndpoints } from "./endpoint-listing.ts";
export { ONLINE_ENDPOINTS_API_VERSION, v2Paths } from "./paths.ts";
export {
  type EndpointTagsPatch,
  EndpointTagsPatchSchema,
  type OnlineEndpointPutBody,
  OnlineEndpointPutBodySchema,
  putBodyFrom,
} from "./put-body.ts";
export type { EndpointListing, OnlineEndpointsClient, OnlineEndpointsClientOptions } from "./types.ts";
