import { JSON_PATCH_CONTENT_TYPE, v1Paths, type WorkspaceRef } from "@keyturn/azureml-rest";

/** The few control-plane calls the benchmark makes; a failed call stops it with the answer. */
export function controlPlane(baseUrl: string, token: string, ref: WorkspaceRef) {
  async function call(method: string, pathname: string, body?: unknown, contentType = "application/json") {
    const res = await fetch(`${baseUrl}${pathname}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "content-type": contentType }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${pathname}: ${res.status} ${await res.text()}`);
    return (await res.json()) as unknown;
  }
  return {
    get: (name: string) => call("GET", v1Paths.service(ref, name)),
    patch: (name: string, patch: unknown) =>
      call("PATCH", v1Paths.service(ref, name), patch, JSON_PATCH_CONTENT_TYPE),
    listKeys: (name: string) => call("POST", v1Paths.listKeys(ref, name)),
    token: (name: string) => call("POST", v1Paths.token(ref, name)),
  };
}
