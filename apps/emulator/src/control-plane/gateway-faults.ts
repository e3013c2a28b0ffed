import { createMiddleware } from "hono/factory";
import type { AppEnv, EmulatorContext } from "../context.ts";
import type { GatewayStatus } from "../runtime/faults.ts";

const REASONS: Readonly<Record<GatewayStatus, string>> = { 502: "Bad Gateway", 504: "Gateway Time-out" };

/** The HTML page an application gateway answers when the service behind it fails or times out. */
export function gatewayPage(status: GatewayStatus): string {
  const title = `${status} ${REASONS[status]}`;
  return [
    "<html>",
    `<head><title>${title}</title></head>`,
    "<body>",
    `<center><h1>${title}</h1></center>`,
    "<hr><center>Microsoft-Azure-Application-Gateway/v2</center>",
    "</body>",
    "</html>",
    "",
  ].join("\r\n");
}

/**
 * Plays a gateway fault set through `/_emulator/faults/gateway/{workspace}`: every model-management
 * call of that workspace is answered by the gateway, before anything behind it (authentication
 * included), with an HTML 502 or 504 page, as Azure's gateway answers.
 */
export function gatewayFaults(ctx: Pick<EmulatorContext, "faults">) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const status = ctx.faults.gateway(c.req.param("ws") ?? "");
    if (status !== undefined) return c.html(gatewayPage(status), status);
    await next();
  });
}
