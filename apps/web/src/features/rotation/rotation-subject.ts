import { apiPath } from "../../lib/api-path";
import { queryKeys } from "../../lib/query-keys";

/**
 * What is rotated: a v1 service (`/api/deployments/…`) or a v2 online endpoint in Key mode
 * (`/api/endpoints/…`). The BFF serves the same rotation and destination routes under both paths.
 */
export interface RotationSubject {
  generation: "v1" | "v2";
  workspace: string;
  name: string;
}

export const deploymentSubject = (workspace: string, name: string): RotationSubject => ({
  generation: "v1",
  workspace,
  name,
});

export const endpointSubject = (workspace: string, name: string): RotationSubject => ({
  generation: "v2",
  workspace,
  name,
});

/** A BFF path under the subject: `rotationPath(s, "rotations", id)`. */
export const rotationPath = ({ generation, workspace, name }: RotationSubject, ...segments: string[]) =>
  apiPath(generation === "v1" ? "deployments" : "endpoints", workspace, name, ...segments);

/**
 * The subject's query keys, under its own feature's prefix (a v1 service's keys invalidate with
 * `deployments`, an endpoint's with `endpoints`).
 */
export function rotationKeys({ generation, workspace, name }: RotationSubject) {
  const tree = generation === "v1" ? queryKeys.deployments : queryKeys.endpoints;
  return {
    keys: tree.keys(workspace, name),
    rotations: tree.rotations(workspace, name),
    rotation: (id: string) => tree.rotation(workspace, name, id),
    destinations: tree.destinations(workspace, name),
  };
}
