// What the rest of the BFF may use of this capability; everything else in the folder is its own.

export { toSummary } from "./deployment-view.ts";
export { IfMatchHeaderSchema } from "./deployments.schemas.ts";
