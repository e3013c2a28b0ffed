import net from "node:net";

// HTTP/1.1 over a raw socket: what a server puts on the wire (Connection, bare answers) and whether a
// kept-alive connection really stays usable, which fetch hides.

export interface RawResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
}

export interface RawConnection {
  write(data: string | Buffer): void;
  /** The next complete response (Content-Length framed); rejects if the connection closes first. */
  response(timeoutMs?: number): Promise<RawResponse>;
  /** Whether the server closed the connection within `timeoutMs`. */
  closedWithin(timeoutMs: number): Promise<boolean>;
  destroy(): void;
}

export async function rawConnection(url: string): Promise<RawConnection> {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  let buffer = Buffer.alloc(0);
  let closed = false;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  socket.on("data", (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    notify();
  });
  socket.on("error", () => {}); // a reset while writing: seen as closed
  socket.on("close", () => {
    closed = true;
    notify();
  });

  const until = <T>(check: () => T | undefined, timeoutMs: number, onTimeout: () => T) =>
    new Promise<T>((resolve, reject) => {
      const done = (fn: () => void) => {
        listeners.delete(listener);
        clearTimeout(timer);
        fn();
      };
      const listener = () => {
        try {
          const value = check();
          if (value !== undefined) done(() => resolve(value));
        } catch (err) {
          done(() => reject(err));
        }
      };
      const timer = setTimeout(
        () =>
          done(() => {
            try {
              resolve(onTimeout());
            } catch (err) {
              reject(err);
            }
          }),
        timeoutMs,
      );
      listeners.add(listener);
      listener();
    });

  const takeResponse = (): RawResponse | undefined => {
    const end = buffer.indexOf("\r\n\r\n");
    if (end >= 0) {
      const [statusLine = "", ...lines] = buffer.subarray(0, end).toString("latin1").split("\r\n");
      const headers = Object.fromEntries(
        lines.map((line) => {
          const colon = line.indexOf(":");
          return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
        }),
      );
      const length = Number(headers["content-length"] ?? 0);
      if (buffer.length >= end + 4 + length) {
        const body = buffer.subarray(end + 4, end + 4 + length).toString("utf8");
        buffer = buffer.subarray(end + 4 + length);
        return { status: Number(statusLine.split(" ")[1]), headers, body };
      }
    }
    if (closed) throw new Error(`the connection closed before a complete response (${buffer.length} bytes)`);
    return undefined;
  };

  return {
    write: (data) => {
      if (!socket.destroyed) socket.write(data);
    },
    response: (timeoutMs = 10_000) =>
      until(takeResponse, timeoutMs, () => {
        throw new Error(`no response within ${timeoutMs} ms`);
      }),
    closedWithin: (timeoutMs) =>
      until(
        () => (closed ? true : undefined),
        timeoutMs,
        () => false,
      ),
    destroy: () => socket.destroy(),
  };
}
