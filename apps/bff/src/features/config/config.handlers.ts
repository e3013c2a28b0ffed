import type { AppRouteHandler } from "../../routing/create-router.ts";
import type { getConfig } from "./config.routes.ts";

export const consoleConfig: AppRouteHandler<typeof getConfig> = (c) => {
  const { authority, clientId, scopes, protocolMode, knownAuthorities } = c.var.deps.config.console;
  return c.json({ auth: { authority, clientId, scopes, protocolMode, knownAuthorities } }, 200, {
    "Cache-Control": "public, max-age=300",
  });
};
