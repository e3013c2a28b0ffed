import type { RequestListener } from "node:http";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { answerClientErrors } from "../http/client-errors.ts";

export interface TlsPems {
  certPem: string;
  keyPem: string;
}

export interface HttpsListening {
  /** e.g. https://localhost:8091 */
  url: string;
  close(): Promise<void>;
}

/**
 * The HTTPS listener (every official Azure SDK refuses to send a bearer token over plain http): the
 * same app as the HTTP one, on loopback only, as `https://localhost:{port}`. "localhost" may resolve
 * to 127.0.0.1 or ::1, so both get a listener on one port (::1 best-effort: some hosts have no IPv6).
 */
export async function listenHttps(
  port: number,
  tls: TlsPems,
  handler: RequestListener,
): Promise<HttpsListening> {
  const options = { cert: tls.certPem, key: tls.keyPem };
  const ipv4 = serverOf(options, handler);
  await listen(ipv4, port, "127.0.0.1");
  const bound = (ipv4.address() as AddressInfo).port;
  const servers = [ipv4];
  const ipv6 = serverOf(options, handler);
  try {
    await listen(ipv6, bound, "::1");
    servers.push(ipv6);
  } catch {
    // No IPv6 loopback, or the port is taken there: clients reach 127.0.0.1.
  }
  return {
    url: `https://localhost:${bound}`,
    close: () => Promise.all(servers.map(closeServer)).then(() => undefined),
  };
}

/** A server whose requests Node's parser refuses get Azure's error body, as on the HTTP listener. */
function serverOf(options: { cert: string; key: string }, handler: RequestListener): Server {
  const server = createServer(options, handler);
  answerClientErrors(server);
  return server;
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
    const force = setTimeout(() => server.closeAllConnections(), 2000);
    server.close((error) => {
      clearTimeout(force);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}
