import { useMutation } from "@tanstack/react-query";
import { apiPath } from "../../../lib/api-path";
import { downloadFile } from "../../../lib/download";

/** `<endpoint>.endpoint.yaml`: the name the BFF gives it too. */
export const yamlFilename = (endpointName: string) => `${endpointName}.endpoint.yaml`;

/** `GET …/migration.yaml`: the endpoint's definition, saved as a file (it holds no secret). */
export async function downloadMigrationYaml(workspace: string, name: string, endpointName: string) {
  const filename = yamlFilename(endpointName);
  await downloadFile(apiPath("deployments", workspace, name, "migration.yaml"), filename);
  return filename;
}

export const useDownloadMigrationYaml = () =>
  useMutation({
    mutationFn: (v: { workspace: string; name: string; endpointName: string }) =>
      downloadMigrationYaml(v.workspace, v.name, v.endpointName),
  });
