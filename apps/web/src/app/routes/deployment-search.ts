import { z } from "zod";

/**
 * The tabs of the deployment page, in order. Overview and Authentication come from the deployment
 * feature; the others are panels of other features, composed in `deployment.tsx`.
 */
export const DEPLOYMENT_TABS = ["overview", "auth", "keys", "token", "testConsole", "snippets"] as const;
export const DeploymentTabSchema = z.enum(DEPLOYMENT_TABS);
export type DeploymentTab = z.infer<typeof DeploymentTabSchema>;

/** `/deployments/$workspace/$name?tab=auth&created=true` — `created`: watch it until healthy. */
export interface DeploymentSearch {
  tab?: DeploymentTab | undefined;
  created?: boolean | undefined;
}

/** Reads the page's search leniently: an unknown tab opens the overview. */
export function parseDeploymentSearch(search: Record<string, unknown>): DeploymentSearch {
  const tab = DeploymentTabSchema.safeParse(search.tab);
  return {
    ...(tab.success && tab.data !== "overview" ? { tab: tab.data } : {}),
    ...(search.created === true || search.created === "true" ? { created: true } : {}),
  };
}
