// The vendored onlineEndpoints ARM spec as one document the swagger validator reads, and its
// published examples (test support, exported with the contract).
import { readFileSync } from "node:fs";
import { createSwaggerValidator, type SwaggerDocument, type SwaggerValidator } from "./swagger-validator.ts";

const folder = new URL("../../contract/v2/", import.meta.url);
const read = (name: string) =>
  JSON.parse(readFileSync(new URL(name, folder), "utf8")) as Record<string, unknown>;

/** External `$ref`s (…/common-types/…/types.json#/definitions/X) → the local X. */
function localRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(localRefs);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) =>
      key === "$ref" && typeof item === "string" && item.includes("#/definitions/")
        ? [key, `#/definitions/${item.split("#/definitions/")[1]}`]
        : [key, localRefs(item)],
    ),
  );
}

/** The extract's paths and definitions with the restated ARM common types. */
export function loadOnlineEndpointsSpec(): SwaggerDocument & { apiVersion: string } {
  const extract = read("onlineEndpoints.2026-07-01.extract.json");
  const common = read("arm-common-types.json");
  const document = localRefs({
    swagger: "2.0",
    paths: extract.paths,
    definitions: { ...(common.definitions as object), ...(extract.definitions as object) },
  }) as SwaggerDocument;
  return { ...document, apiVersion: String(extract.apiVersion) };
}

export interface PublishedExample {
  parameters: Record<string, unknown> & {
    subscriptionId: string;
    resourceGroupName: string;
    workspaceName: string;
    endpointName?: string;
    body?: unknown;
  };
  responses: Record<string, { body?: unknown; headers?: Record<string, string> }>;
}

/** A published example (`examples/<operation>.<api-version>.json`). */
export const loadExample = (name: string) => read(`examples/${name}.json`) as unknown as PublishedExample;

/** The workspace and endpoint an example names. */
export const exampleRef = (example: PublishedExample) => ({
  subscriptionId: example.parameters.subscriptionId,
  resourceGroup: example.parameters.resourceGroupName,
  workspace: example.parameters.workspaceName,
});

let validator: SwaggerValidator | undefined;
export const onlineEndpointsValidator = (): SwaggerValidator => {
  validator ??= createSwaggerValidator(loadOnlineEndpointsSpec());
  return validator;
};
