import type { AzureErrorBody, ModelErrorResponse } from "@keyturn/azureml-rest";

/** Where model management's own routes live; everything else (ARM, the data plane, /_emulator) is ARM-shaped. */
const MODEL_MANAGEMENT_PREFIX = "/modelmanagement/";

/**
 * The error body Azure answers on `path`: model management's top-level ModelErrorResponse
 * (`{code, statusCode, message, details}`) on its routes, ARM's `{"error": {code, message}}` elsewhere.
 * The code is the emulator's own either way, so a client maps both shapes alike.
 */
export function errorBody(
  path: string,
  status: number,
  code: string,
  message: string,
): ModelErrorResponse | AzureErrorBody {
  if (path.startsWith(MODEL_MANAGEMENT_PREFIX)) return { code, statusCode: status, message, details: [] };
  return { error: { code, message } };
}
