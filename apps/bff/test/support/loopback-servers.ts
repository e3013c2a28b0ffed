import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One request a loopback server received: what a credential leak would show. */
export interface Received {
  method: string;
  path: string;
  authorization: string | undefined;
  body: string;
}

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

/** A plain http server on 127.0.0.1 (a free port) that records every request, then answers it. */
export async function startLoopbackServer(handler: Handler) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      received.push({
        method: req.method ?? "",
        path: req.url ?? "",
        authorization: req.headers.authorization,
        body,
      });
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
export type LoopbackServer = Awaited<ReturnType<typeof startLoopbackServer>>;

/** Where a leaked credential would land: answers every request 200 `{}` and records it. */
export const startCaptureServer = () =>
  startLoopbackServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"value":[]}');
  });

/** Answers every request with `status` and a Location on `target` (the same path). */
export const startRedirectServer = (target: string, status = 302) =>
  startLoopbackServer((req, res) => {
    res.writeHead(status, { location: `${target}${req.url ?? "/"}` });
    res.end();
  });
