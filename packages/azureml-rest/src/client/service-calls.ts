import { AuthPatchSchema, authChangeToPatch, JSON_PATCH_CONTENT_TYPE } from "../auth-patch.ts";
import { v1Paths, type WorkspaceRef, workspacesPath } from "../paths.ts";
import { CreateServiceBodySchema, type Service, ServiceListSchema, ServiceSchema } from "../service.ts";
import { WorkspaceListSchema } from "../workspace.ts";
import { notUnderstood } from "./errors.ts";
import type { Http } from "./http.ts";
import { pendingFrom } from "./operations.ts";
import { collectPages } from "./paging.ts";
import { invalidRequest, parseAnswer } from "./parse.ts";
import type { AzureMlClient } from "./types.ts";

type ServiceCalls = Pick<
  AzureMlClient,
  "listWorkspaces" | "listServices" | "getService" | "createService" | "deleteService" | "updateAuth"
>;

/** Workspaces and the lifecycle and auth settings of their services. */
export function serviceCalls(http: Http, arm: { base: string; apiVersion: string }): ServiceCalls {
  async function getService(ref: WorkspaceRef, name: string): Promise<Service> {
    const url = v1Paths.service(ref, name);
    const answer = await http.send({ label: "getService", method: "GET", url, retry: "read" });
    return parseAnswer(ServiceSchema, answer.json, "getService", answer.status);
  }

  return {
    listWorkspaces(subscriptionId, resourceGroup) {
      const query = `?api-version=${encodeURIComponent(arm.apiVersion)}`;
      const url = workspacesPath(subscriptionId, resourceGroup) + query;
      return collectPages(http, { label: "listWorkspaces", url, base: arm.base }, WorkspaceListSchema);
    },

    listServices(ref) {
      return collectPages(http, { label: "listServices", url: v1Paths.services(ref) }, ServiceListSchema);
    },

    getService,

    async createService(ref, body) {
      const parsed = CreateServiceBodySchema.safeParse(body);
      if (!parsed.success) throw invalidRequest("createService", parsed.error);
      const answer = await http.send({
        label: "createService",
        method: "POST",
        url: v1Paths.services(ref),
        body: parsed.data,
        retry: "never",
      });
      const pending = pendingFrom(answer, "createService");
      if (!pending) throw notUnderstood("createService", "no Operation-Location", answer.status);
      return pending;
    },

    async deleteService(ref, name) {
      const url = v1Paths.service(ref, name);
      const answer = await http.send({ label: "deleteService", method: "DELETE", url, retry: "never" });
      return pendingFrom(answer, "deleteService");
    },

    async updateAuth(ref, name, change) {
      const patch = AuthPatchSchema.safeParse(authChangeToPatch(change));
      if (!patch.success) throw invalidRequest("updateAuth", patch.error);
      const answer = await http.send({
        label: "updateAuth",
        method: "PATCH",
        url: v1Paths.service(ref, name),
        body: patch.data,
        contentType: JSON_PATCH_CONTENT_TYPE,
        retry: "never",
      });
      const pending = pendingFrom(answer, "updateAuth");
      if (pending) return { state: "accepted", operation: pending };
      // An empty 200/204 says done without the service: read the settings now in force.
      if (answer.json === undefined) return { state: "completed", service: await getService(ref, name) };
      return {
        state: "completed",
        service: parseAnswer(ServiceSchema, answer.json, "updateAuth", answer.status),
      };
    },
  };
}
