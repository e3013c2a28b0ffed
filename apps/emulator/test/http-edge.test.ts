import { mkdtemp, readFile, rm } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { AzureErrorBodySchema } from "@keyturn/azureml-rest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../src/index.ts";

// The HTTP edge on a real emulator on loopback, over a raw socket: what goes on the wire and whether
// the server closes the connection. The identity provider is never reached by these requests.

let dataDir: string;
let emulator: RunningEmulator;
let scorePath: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "keyturn-emulator-edge-"));
  emulator = await startEmulator({ port: 0, dataDir, idpIssuer: "https://127.0.0.1:1", idpCaPem: "" });
  const state = JSON.parse(await readFile(path.join(dataDir, "emulator", "state.json"), "utf8")) as {
    services: { name: string; aciHost: string | null }[];
  };
  const open = state.services.find((s) => s.name === "demo-open-aci");
  scorePath = `/aci/${open?.aciHost}/score`;
});
afterAll(async () => {
  await emulator?.close();
  await rm(dataDir, { recursive: true, force: true });
});

interface Exchange {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Whether the server closed the connection within 3 s of its answer. */
  closed: boolean;
}

/** Writes `parts` on a fresh connection and reads one Content-Length framed answer. */
async function exchange(parts: string[]): Promise<Exchange> {
  const { port } = new URL(emulator.url);
  const socket = net.connect(Number(port), "127.0.0.1");
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

function expectAzureError(answer: Exchange, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(AzureErrorBodySchema.parse(JSON.parse(answer.body)).error.code).toBe(code);
}

describe("a 413 that leaves the body unread", () => {
  it("on the data plane says Connection: close, and the server closes", async () => {
    const size = 1024 * 1024 + 1;
    const answer = await exchange([post(scorePath, size), "x".repeat(size)]);
    expectAzureError(answer, 413, "payload_too_large");
    expect(answer.headers.connection).toBe("close");
    expect(answer.closed).toBe(true);
  });

  it("on the admin API (Hono's body limit) says Connection: close", async () => {
    const size = 64 * 1024 + 1;
    const answer = await exchange([post("/_emulator/faults", size), "x".repeat(size)]);
    expectAzureError(answer, 413, "payload_too_large");
    expect(answer.headers.connection).toBe("close");
    expect(answer.closed).toBe(true);
  });
});

describe("requests Node's parser refuses", () => {
  it("a 17 KB Authorization header is Azure's error body with 431, and the connection closes", async () => {
    const answer = await exchange([
      `POST ${scorePath} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${"a".repeat(17 * 1024)}\r\n\r\n`,
    ]);
    expectAzureError(answer, 431, "headers_too_large");
    expect(answer.headers["content-type"]).toMatch(/^application\/json/);
    expect(answer.headers.connection).toBe("close");
    expect(answer.closed).toBe(true);
  });
});
