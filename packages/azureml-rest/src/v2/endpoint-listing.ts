import type { z } from "zod";
import { itemName } from "../client/paging.ts";
import { describeIssues } from "../client/parse.ts";
import {
  endpointComputeType,
  isManagedEndpointKind,
  OnlineEndpointSchema,
  OtherKindEndpointSchema,
} from "./endpoint.ts";
import type { EndpointListing } from "./types.ts";

/** The compute type of an answer not read yet (it decides which schema reads it). */
export const answerKind = (item: unknown): string => {
  const record = typeof item === "object" && item !== null ? (item as Record<string, unknown>) : {};
  const properties =
    typeof record.properties === "object" && record.properties !== null ? record.properties : {};
  const compute = (properties as Record<string, unknown>).compute;
  const kind = typeof record.kind === "string" ? record.kind : null;
  return endpointComputeType(kind, typeof compute === "string" && compute !== "" ? compute : null);
};

/** Sorts a workspace's endpoints item by item: managed kinds, other kinds (read-only), unreadable ones. */
export function sortEndpoints(raw: readonly unknown[]): EndpointListing {
  const listing: EndpointListing = { endpoints: [], otherKinds: [], unreadable: [] };
  raw.forEach((item, index) => {
    const unreadable = (error: z.ZodError) =>
      listing.unreadable.push({ index, name: itemName(item), reason: describeIssues(error) });
    if (isManagedEndpointKind(answerKind(item))) {
      const parsed = OnlineEndpointSchema.safeParse(item);
      if (parsed.success) listing.endpoints.push(parsed.data);
      else unreadable(parsed.error);
    } else {
      const parsed = OtherKindEndpointSchema.safeParse(item);
      if (parsed.success) listing.otherKinds.push(parsed.data);
      else unreadable(parsed.error);
    }
  });
  return listing;
}
