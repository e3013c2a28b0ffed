import type { AppDeps } from "../../app-env.ts";
import { endpointDeployment, endpointKeys, endpointOf } from "./endpoint-key-provider.ts";
import { type RotatableKeys, v1Keys } from "./key-provider.ts";

/**
 * What the rotation and destination routes need of one kind of deployment: the name its rotations are
 * stored under, its keys, and its API path. v1 services live under /api/deployments, v2 online
 * endpoints under /api/endpoints; the handlers, contract, engine and store are the same.
 */
export interface RotationSubject {
  /** The stored name of the path's `{name}`. */
  stored(name: string): string;
  keys(deps: AppDeps, workspace: string, name: string): Promise<RotatableKeys>;
  /** The API path of a deployment by its stored name. */
  pathOf(workspace: string, stored: string): string;
}

const enc = encodeURIComponent;

export const deploymentSubject: RotationSubject = {
  stored: (name) => name,
  keys: v1Keys,
  pathOf: (workspace, stored) => `/api/deployments/${enc(workspace)}/${enc(stored)}`,
};

export const endpointSubject: RotationSubject = {
  stored: endpointDeployment,
  keys: endpointKeys,
  pathOf: (workspace, stored) => `/api/endpoints/${enc(workspace)}/${enc(endpointOf(stored) ?? stored)}`,
};
