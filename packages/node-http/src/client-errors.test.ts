import { createServer, maxHeaderSize, type Server } from "node:http";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerClientErrorsWith, type ClientErrorAnswer } from "./client-errors.ts";

// A real node:http server on loopback, over a raw socket: the exact bytes of each refusal.

let server: Server;
let port = 0;
const asked: ClientErrorAnswer[] = [];

beforeAll(async () => {
  // Answers a little later, so a broken request pipelined behind one finds its answer unwritten.
  server = createServer((_req, res) => setTimeout(() => res.end("ok"), 20));
  answerClientErrorsWith(server, (answer) => {
    asked.push(answer);
    return {
      contentType: "text/x-test",
      body: `${answer.code}: ${answer.message}`,
      headers: { "X-Test": "1" },
    };
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as net.AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Writes `request` on a fresh connection and reads everything until the server closes it. */
function exchange(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(request));
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
}

const wire = (status: string, body: string) =>
  `HTTP/1.1 ${status}\r\nContent-Type: text/x-test\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
  `X-Test: 1\r\nConnection: close\r\n\r\n${body}`;

describe("answerClientErrorsWith", () => {
  it("answers headers over the limit with 431 in the app's body, its headers, and closes", async () => {
    const big = `GET / HTTP/1.1\r\nHost: a\r\nX-Big: ${"a".repeat(maxHeaderSize + 1)}\r\n\r\n`;
    const message = `The request headers are larger than ${maxHeaderSize} bytes.`;
    expect(await exchange(big)).toBe(
      wire("431 Request Header Fields Too Large", `headers_too_large: ${message}`),
    );
    expect(asked.at(-1)).toEqual({ status: 431, code: "headers_too_large", message, target: "/" });
  });

  it("answers malformed HTTP with 400 in the app's body, and closes", async () => {
    expect(await exchange("GET / HTTP/1.1\r\nHost a\r\n\r\n")).toBe(
      wire("400 Bad Request", "validation_failed: The request is not valid HTTP."),
    );
  });

  it("tells the app the target of a refused request line it can read, and none of one it cannot", async () => {
    await exchange("FOO /modelmanagement/v1.0/a?b=%ed HTTP/1.1\r\nHost: a\r\n\r\n");
    expect(asked.at(-1)).toMatchObject({ status: 400, target: "/modelmanagement/v1.0/a?b=%ed" });
    await exchange("\u0000GARBAGE\r\n\r\n");
    expect(asked.at(-1)).not.toHaveProperty("target");
  });

  it("refuses a broken request pipelined after a complete one only after the first answer", async () => {
    const answer = await exchange("GET / HTTP/1.1\r\nHost: a\r\n\r\nGET / HTTP/1.1\r\nHost a\r\n\r\n");
    expect(answer.startsWith("HTTP/1.1 200 OK\r\n")).toBe(true);
    expect(
      answer.endsWith(wire("400 Bad Request", "validation_failed: The request is not valid HTTP.")),
    ).toBe(true);
  });
});
