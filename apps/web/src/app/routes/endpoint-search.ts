import { z } from "zod";

/** The tabs of an online endpoint's page, in order. */
export const ENDPOINT_TABS = ["overview", "auth", "keys", "token", "testConsole", "snippets"] as const;
export const EndpointTabSchema = z.enum(ENDPOINT_TABS);
export type EndpointTab = z.infer<typeof EndpointTabSchema>;

/** `/endpoints/$workspace/$name?tab=auth` */
export interface EndpointSearch {
  tab?: EndpointTab | undefined;
}

/** Reads the page's search leniently: an unknown tab opens the overview. */
export function parseEndpointSearch(search: Record<string, unknown>): EndpointSearch {
  const tab = EndpointTabSchema.safeParse(search.tab);
  return tab.success && tab.data !== "overview" ? { tab: tab.data } : {};
}
