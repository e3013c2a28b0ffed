import type { RequestListener } from "node:http";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import type { Logger } from "./logger.ts";

export interface Listening {
  port: number;
  close(): Promise<void>;
}

/**
 * Listens on loopback only (dev secrets must not reach the network). The issuer says "localhost",
 * which clients may resolve to 127.0.0.1 or ::1, so both get a listener on the same port; ::1 is
 * best-effort (some containers have no IPv6).
 */
export async function listenOnLoopback(
  port: number,
  tls: { certPem: string; keyPem: string },
  handler: RequestListener,
  logger: Logger,
): Promise<Listening> {
  const options = { cert: tls.certPem, key: tls.keyPem };
  const ipv4 = createServer(options, handler);
  await listen(ipv4, port, "127.0.0.1");
  const bound = (ipv4.address() as AddressInfo).port;
  const servers = [ipv4];
  const ipv6 = createServer(options, handler);
  try {
    await listen(ipv6, bound, "::1");
    servers.push(ipv6);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // In use means another process answers https://localhost on ::1: requests may go astray.
    const level = code === "EADDRINUSE" ? "warn" : "debug";
    logger[level]({ code, port: bound }, "not listening on [::1]; clients must reach 127.0.0.1");
  }
  return { port: bound, close: () => Promise.all(servers.map(closeServer)).then(() => undefined) };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Keep-alive sockets (browsers, undici pools) would otherwise hold close() open.
    server.closeAllConnections();
  });
}
