/**
 * Example answers of the Azure ML v1 web-service API, as JSON text on the wire, restated from
 * `reference/azureml-auth-rest.md`. Test data only (not exported by the package); the keys and the
 * token are made up.
 */
const ws =
  "/modelmanagement/v1.0/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-ml" +
  "/providers/Microsoft.MachineLearningServices/workspaces/ws-prod";

export const WIRE = {
  /** GET {base}/services/{name}: an AKS service switched to token auth; Azure sends more fields. */
  aksService: JSON.stringify({
    id: "diabetes-aks",
    name: "diabetes-aks",
    description: null,
    computeType: "AKS",
    computeName: "aks-prod",
    state: "Healthy",
    scoringUri: "http://20.50.1.10:80/api/v1/service/diabetes-aks/score",
    swaggerUri: "http://20.50.1.10:80/api/v1/service/diabetes-aks/swagger.json",
    authEnabled: false,
    aadAuthEnabled: true,
    createdTime: "2025-03-01T09:30:00.123Z",
    updatedTime: "2025-06-15T12:00:00Z",
    kvTags: { team: "health" },
    imageId: "diabetes-aks:3",
    numReplicas: 2,
  }),
  /** GET {base}/services/{name}: an ACI service with the seed's defaults (no auth). */
  aciService: JSON.stringify({
    name: "diabetes-aci",
    computeType: "ACI",
    state: "Transitioning",
    scoringUri: "http://4b1e77d0-5f2a-4c3e-9d8b-1a2b3c4d5e6f.westeurope.azurecontainer.io/score",
    authEnabled: false,
    aadAuthEnabled: false,
    location: "westeurope",
    containerResourceRequirements: { cpu: 0.5, memoryInGB: 1 },
    createdTime: "2025-05-20T08:00:00Z",
    updatedTime: "2025-05-20T08:04:10Z",
  }),
  /** POST {base}/services */
  createService: JSON.stringify({
    name: "fraud-aks",
    computeType: "AKS",
    computeName: "aks-prod",
    containerResourceRequirements: { cpu: 1, memoryInGB: 2 },
    authEnabled: true,
    aadAuthEnabled: false,
    keys: { primaryKey: "fake-primary-key-value-0001", secondaryKey: "fake-secondary-key-value-01" },
    models: [{ name: "fraud", version: 3 }],
  }),
  /** PATCH {base}/services/{name} (application/json-patch+json): key off, token on. */
  authPatch:
    '[{"op":"replace","path":"/authEnabled","value":false},{"op":"replace","path":"/aadAuthEnabled","value":true}]',
  /** POST {base}/services/{name}/listkeys */
  listKeys: '{"primaryKey": "fake-primary-key-value-0001", "secondaryKey": "fake-secondary-key-value-01"}',
  /** POST {base}/services/{name}/regenerateKeys: the service generates the new value. */
  regenerateKeys: '{"keyType": "Secondary", "keyValue": null}',
  /** POST {base}/services/{name}/token (epoch seconds). */
  token:
    '{"accessToken": "eyJhbGciOiJSUzI1NiJ9.e30.fake", "tokenType": "Bearer", "refreshAfter": 1750003600, "expiryOn": 1750007200}',
  /** The older token answer (`token` / `refreshBy`), no longer spoken. */
  legacyToken: '{"token": "eyJhbGciOiJSUzI1NiJ9.e30.fake", "refreshBy": 1750003600}',
  /** GET {base}/operations/{id} while running, and after a failure. */
  operationRunning: JSON.stringify({
    id: "op-7f3a",
    state: "Running",
    resourceLocation: `${ws}/services/fraud-aks`,
  }),
  operationFailed: JSON.stringify({
    id: "op-7f3b",
    operationType: "ServiceUpdate",
    state: "Failed",
    createdTime: "2025-06-15T12:00:00Z",
    endTime: "2025-06-15T12:00:35Z",
    error: { code: "BadRequest", message: "Token auth is only supported on AKS.", details: [] },
  }),
  /** An Azure error body: a scoring call with a wrong key. */
  error: JSON.stringify({
    error: {
      code: "key_auth_access_denied",
      message: "Please check this key is valid.",
      details: [{ code: "Unauthorized", message: "The key was regenerated." }],
    },
  }),
} as const;
