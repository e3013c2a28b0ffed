import type { z } from "zod";
import { AuthPatchSchema, authChangeToPatch, JSON_PATCH_CONTENT_TYPE } from "../auth-patch.ts";
import { computePath, computesPath, v1Paths, type WorkspaceRef, workspacesPath } from "../paths.ts";
import {
  CreateServiceBodySchema,
  isManagedComputeType,
  OtherKindServiceSchema,
  type Service,
  ServiceSchema,
} from "../service.ts";
import { ComputeListItemSchema, ComputeResourceSchema, WorkspaceResourceSchema } from "../workspace.ts";
import { notManaged, notUnderstood } from "./errors.ts";
import type { Http } from "./http.ts";
import { pendingFrom, pendingFromBody } from "./operations.ts";
import { allOrNothing, collectPages, itemName, readItems } from "./paging.ts";
import { describeIssues, invalidRequest, parseAnswer } from "./parse.ts";
import type { TtlCache } from "./ttl-cache.ts";
import type { AzureMlClient, ServiceListing } from "./types.ts";

type ServiceCalls = Pick<
  AzureMlClient,
  | "listWorkspaces"
  | "listWorkspaceItems"
  | "listServices"
  | "listServiceItems"
  | "getService"
  | "getComputeRegion"
  | "listComputeItems"
  | "createService"
  | "deleteService"
  | "updateAuth"
>;

export interface ArmTarget {
  base: string;
  apiVersion: string;
}

const kindOf = (item: unknown): unknown =>
  typeof item === "object" && item !== null && "computeType" in item ? item.computeType : undefined;

/**
 * Sorts a workspace's services item by item: those of a kind Keyturn manages, those of another kind
 * (read-only), and those that could not be read (a managed kind's item lacking what Keyturn needs, or
 * an item without a name or kind).
 */
export function sortServices(raw: readonly unknown[]): ServiceListing {
  const listing: ServiceListing = { services: [], otherKinds: [], unreadable: [] };
  raw.forEach((item, index) => {
    const unreadable = (error: z.ZodError) =>
      listing.unreadable.push({ index, name: itemName(item), reason: describeIssues(error) });
    const kind = kindOf(item);
    if (typeof kind === "string" && isManagedComputeType(kind)) {
      const parsed = ServiceSchema.safeParse(item);
      if (parsed.success) listing.services.push(parsed.data);
      else unreadable(parsed.error);
    } else {
      const parsed = OtherKindServiceSchema.safeParse(item);
      if (parsed.success) listing.otherKinds.push(parsed.data);
      else unreadable(parsed.error);
    }
  });
  return listing;
}

/** Workspaces and the lifecycle and auth settings of their services. */
export function serviceCalls(
  http: Http,
  arm: ArmTarget,
  computeRegions: TtlCache<string, string | null>,
): ServiceCalls {
  const armQuery = () => `?api-version=${encodeURIComponent(arm.apiVersion)}`;

  async function getService(ref: WorkspaceRef, name: string): Promise<Service> {
    const url = v1Paths.service(ref, name);
    const answer = await http.send({ label: "getService", method: "GET", url, retry: "read" });
    const kind = kindOf(answer.json);
    if (typeof kind === "string" && !isManagedComputeType(kind))
      throw notManaged("getService", "service", kind);
    return parseAnswer(ServiceSchema, answer.json, "getService", answer.status);
  }

  async function listWorkspaceItems(subscriptionId: string, resourceGroup: string) {
    const url = workspacesPath(subscriptionId, resourceGroup) + armQuery();
    const raw = await collectPages(http, { label: "listWorkspaces", url, base: arm.base });
    return readItems(raw, WorkspaceResourceSchema);
  }

  async function listServiceItems(ref: WorkspaceRef) {
    return sortServices(await collectPages(http, { label: "listServices", url: v1Paths.services(ref) }));
  }

  return {
    listWorkspaceItems,
    async listWorkspaces(subscriptionId, resourceGroup) {
      return allOrNothing("listWorkspaces", await listWorkspaceItems(subscriptionId, resourceGroup));
    },

    listServiceItems,
    async listServices(ref) {
      const { services, unreadable } = await listServiceItems(ref);
      return allOrNothing("listServices", { items: services, unreadable });
    },

    getService,

    async getComputeRegion(ref, computeName) {
      const url = computePath(ref, computeName) + armQuery();
      return computeRegions.get(url, async () => {
        const answer = await http.send({
          label: "getCompute",
          method: "GET",
          url,
          base: arm.base,
          retry: "read",
        });
        const compute = parseAnswer(ComputeResourceSchema, answer.json, "getCompute", answer.status);
        return compute.properties?.computeLocation ?? compute.location ?? null;
      });
    },

    async listComputeItems(ref) {
      const url = computesPath(ref) + armQuery();
      return readItems(
        await collectPages(http, { label: "listComputes", url, base: arm.base }),
        ComputeListItemSchema,
      );
    },

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
      // 202 with Operation-Location, or 200 naming the operation that is still applying the change.
      const pending = pendingFrom(answer, "updateAuth") ?? pendingFromBody(answer, ref);
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
