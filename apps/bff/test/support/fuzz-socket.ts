import net from "node:net";

// HTTP/1.1 by hand over one TCP connection, for what fetch never sends: chunked bodies past the
// limit, a wrong Content-Length, raw dot segments, odd methods, huge headers, pipelined requests.

export interface RawResponse {
  status: number;
  headers: Map<string, string>;
  body: string;
}

export interface RawExchange {
  responses: RawResponse[];
  /** The server closed the connection (or reset it). */
  closed: boolean;
}

/** Parses as many complete responses as `buffer` holds; returns them and the bytes used. */
function parse(buffer: Buffer, closed: boolean): { responses: RawResponse[]; used: number } {
  const responses: RawResponse[] = [];
  let at = 0;
  for (;;) {
    const end = buffer.indexOf("\r\n\r\n", at);
    if (end < 0) break;
    const [statusLine = "", ...lines] = buffer.subarray(at, end).toString("latin1").split("\r\n");
    const headers = new Map<string, string>();
    for (const line of lines) {
      const colon = line.indexOf(":");
      const name = line.slice(0, colon).trim().toLowerCase();
      headers.set(name, [headers.get(name), line.slice(colon + 1).trim()].filter(Boolean).join(", "));
    }
    let bodyStart = end + 4;
    let body: Buffer | undefined;
    if (headers.get("transfer-encoding")?.includes("chunked")) {
      const parts: Buffer[] = [];
      for (;;) {
        const lineEnd = buffer.indexOf("\r\n", bodyStart);
        if (lineEnd < 0) return { responses, used: at };
        const size = Number.parseInt(buffer.subarray(bodyStart, lineEnd).toString("latin1"), 16);
        if (buffer.length < lineEnd + 2 + size + 2) return { responses, used: at };
        parts.push(buffer.subarray(lineEnd + 2, lineEnd + 2 + size));
        bodyStart = lineEnd + 2 + size + 2;
        if (size === 0) break;
      }
      body = Buffer.concat(parts);
    } else if (headers.has("content-length")) {
      const length = Number(headers.get("content-length"));
      if (buffer.length < bodyStart + length) break;
      body = buffer.subarray(bodyStart, bodyStart + length);
      bodyStart += length;
    } else if (closed || /^HTTP\/1\.\d (1\d\d|204|304)/.test(statusLine)) {
      body = buffer.subarray(bodyStart, closed ? buffer.length : bodyStart);
      if (closed) bodyStart = buffer.length;
    } else break;
    responses.push({ status: Number(statusLine.split(" ")[1]), headers, body: body.toString("utf8") });
    at = bodyStart;
  }
  return { responses, used: at };
}

/**
 * Writes `parts` in order (a short pause between them) and reads until `expect` responses arrived,
 * the server closed, or `timeoutMs` passed. `endWrite` half-closes after the last part.
 */
export function rawExchange(
  port: number,
  parts: Array<string | Buffer>,
  options: { expect?: number; timeoutMs?: number; endWrite?: boolean } = {},
): Promise<RawExchange> {
  const { expect = 1, timeoutMs = 5_000, endWrite = false } = options;
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let received = Buffer.alloc(0);
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ responses: parse(received, closed).responses, closed });
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.on("data", (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (parse(received, false).responses.length >= expect) finish(false);
    });
    socket.on("close", () => finish(true));
    socket.on("error", () => finish(true));
    socket.on("connect", async () => {
      for (const part of parts) {
        if (done || socket.destroyed) return;
        socket.write(part);
        await new Promise((r) => setTimeout(r, 5));
      }
      if (endWrite && !socket.destroyed) socket.end();
    });
  });
}

/** A request head (`Host` included); `headers` as written, so names and values may be anything. */
export const head = (method: string, target: string, headers: Array<[string, string]> = []) =>
  `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers.map(([n, v]) => `${n}: ${v}\r\n`).join("")}\r\n`;

/** One chunk of a chunked body. */
export const chunk = (data: string) => `${Buffer.byteLength(data).toString(16)}\r\n${data}\r\n`;
export const LAST_CHUNK = "0\r\n\r\n";
