import type { Context } from "hono";

/**
 * The caller's IP address: the socket's peer, or — behind `trustedProxyHops` load balancers — the
 * X-Forwarded-For entry that many hops from the right (entries further left are client-controlled).
 * null when unknown (in-process tests).
 */
export function clientAddress(c: Context, trustedProxyHops = 0): string | null {
  if (trustedProxyHops > 0) {
    const hops = (c.req.header("x-forwarded-for") ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part !== "");
    const entry = hops[hops.length - trustedProxyHops];
    if (entry && /^[0-9a-fA-F:.]{2,45}$/.test(entry)) return entry;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? null;
}
