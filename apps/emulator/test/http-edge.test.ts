import net from "node:net";
import { AzureErrorBodySchema } from "@keyturn/azureml-rest";
import { describe, expect } from "vitest";
import { it as base, emulatorState } from "./support/fixtures.ts";

// The HTTP edge on a real emulator on loopback, over a raw socket: what goes on the wire and whether
// the server closes the connection. The identity provider is never reached by these requests.

/** Raw exchanges with the file's emulator, and the path of its open ACI service's scoring endpoint. */
const it = base.extend("edge", { scope: "file" }, async ({ emu }) => {
  const open = (await emulatorState(emu.dataDir)).services.find((s) => s.name === "demo-open-aci");
  const port = Number(new URL(emu.url).port);
  return { scorePath: `/aci/${open?.aciHost}/score`, exchange: (parts: string[]) => exchange(port, parts) };
});

interface Exchange {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Whether the server closed the connection within 3 s of its answer. */
  closed: boolean;
}

/** Writes `parts` on a fresh connection and reads one Content-Length framed answer. */
async function exchange(port: number, parts: string[]): Promise<Exchange> {
  const socket = net.connect(port, "127.0.0.1");
  socket.on("error", () => {});
  let data = Buffer.alloc(0);
  let closed = false;
  const answered = new Promise<void>((resolve) => {
    const check = () => {
      const end = data.indexOf("\r\n\r\n");
      const length = Number(/content-length: (\d+)/i.exec(data.toString("latin1"))?.[1] ?? 0);
      if (end >= 0 && data.length >= end + 4 + length) resolve();
    };
    socket.on("data", (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
      check();
    });
  });
  const gone = new Promise<void>((resolve) =>
    socket.on("close", () => {
      closed = true;
      resolve();
    }),
  );
  for (const part of parts) socket.write(part);
  await Promise.race([answered, gone]);
  await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 3_000))]);
  socket.destroy();
  const text = data.toString("utf8");
  const [head = "", body = ""] = text.split("\r\n\r\n");
  const [statusLine = "", ...lines] = head.split("\r\n");
  const headers = Object.fromEntries(
    lines.map((line) => [
      line.slice(0, line.indexOf(":")).toLowerCase(),
      line.slice(line.indexOf(":") + 1).trim(),
    ]),
  );
  return { status: Number(statusLine.split(" ")[1]), headers, body, closed };
}

const post = (target: string, length: number) =>
  `POST ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

/** Azure's error body with this status, Connection: close, and the server closed the connection. */
function expectClosedWith(answer: Exchange, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(AzureErrorBodySchema.parse(JSON.parse(answer.body)).error.code).toBe(code);
  expect(answer.headers.connection).toBe("close");
  expect(answer.closed).toBe(true);
}

describe("a 413 that leaves the body unread", () => {
  it.for(
    Object.entries({
      "on the data plane": { target: "scoring", size: 1024 * 1024 + 1 },
      "on the admin API (Hono's body limit)": { target: "/_emulator/faults", size: 64 * 1024 + 1 },
    }),
  )("%s says Connection: close, and the server closes", async ([, { target, size }], { edge }) => {
    const path = target === "scoring" ? edge.scorePath : target;
    expectClosedWith(await edge.exchange([post(path, size), "x".repeat(size)]), 413, "payload_too_large");
  });
});

describe("requests Node's parser refuses", () => {
  it("a 17 KB Authorization header is Azure's error body with 431, and the connection closes", async ({
    edge,
  }) => {
    const answer = await edge.exchange([
      `POST ${edge.scorePath} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${"a".repeat(17 * 1024)}\r\n\r\n`,
    ]);
    expectClosedWith(answer, 431, "headers_too_large");
    expect(answer.headers["content-type"]).toMatch(/^application\/json/);
  });
});
