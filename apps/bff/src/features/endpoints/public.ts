// What the rest of the BFF may use of this capability; everything else in the folder is its own.

export { keyValueOf as endpointKeyValueOf, listEndpointKeyValues } from "./endpoint-keys.ts";
export { ENDPOINT_PATH, endpointKeyOwner } from "./endpoint-path.ts";
export { keepEndpointRow } from "./endpoint-row.ts";
export {
  endpointKeysLockName,
  endpointTarget,
  requireMode,
  scoringUriOf as endpointScoringUri,
} from "./endpoint-target.ts";
