import { maxHeaderSize, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";

/** The refusal to write: its status and code, a sentence for a person, and the target when readable. */
export interface ClientErrorAnswer {
  status: 400 | 431;
  code: "headers_too_large" | "validation_failed";
  message: string;
  /** The request line's target (`/a/b?c`), so an app can answer in the shape it uses there. */
  target?: string;
}

/** An app's body for a refusal: its text and type, and headers sent besides (after Content-Length). */
export interface ClientErrorBody {
  contentType: string;
  body: string;
  headers?: Record<string, string>;
}

const REASONS = { 400: "Bad Request", 431: "Request Header Fields Too Large" } as const;

/**
 * Requests Node's parser refuses before there is a request (headers over the limit, malformed HTTP)
 * get the app's own error body (`bodyOf`), like every other error it answers, not Node's bare 431/400;
 * the connection is closed.
 */
export function answerClientErrorsWith(
  server: Server,
  bodyOf: (answer: ClientErrorAnswer) => ClientErrorBody,
): void {
  server.on("clientError", (err: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    // The answer being written belongs to an earlier, complete request (pipelined): refuse after it,
    // so the client reads both in order. If the broken request is the one in flight (a bad chunk),
    // refuse now, unless its answer has started: then only closing keeps the stream readable.
    const inFlight = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
    if (inFlight && !inFlight.writableEnded) {
      if (inFlight.req?.complete) {
        inFlight.once("finish", () => refuse(err, socket, bodyOf));
        return;
      }
      if (inFlight.headersSent) {
        socket.destroy();
        return;
      }
    }
    refuse(err, socket, bodyOf);
  });
}

function refuse(
  err: NodeJS.ErrnoException,
  socket: Socket,
  bodyOf: (answer: ClientErrorAnswer) => ClientErrorBody,
): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const target = requestTarget(err);
  if (err.code === "HPE_HEADER_OVERFLOW") {
    const message = `The request headers are larger than ${maxHeaderSize} bytes.`;
    answer(socket, bodyOf({ status: 431, code: "headers_too_large", message, ...target }), 431);
    return;
  }
  if (err.code?.startsWith("HPE_")) {
    const message = "The request is not valid HTTP.";
    answer(socket, bodyOf({ status: 400, code: "validation_failed", message, ...target }), 400);
    return;
  }
  // A request timeout (408) or a reset: as Node does without this listener.
  if (err.code === "ERR_HTTP_REQUEST_TIMEOUT")
    socket.write("HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n");
  socket.destroySoon();
}

/**
 * The origin-form target of the refused request's first line (`FOO /a/b HTTP/1.1` → `/a/b`), read from
 * the bytes Node kept; none when the line is not there or is not of that form.
 */
function requestTarget(err: NodeJS.ErrnoException): { target?: string } {
  const raw = (err as NodeJS.ErrnoException & { rawPacket?: Buffer }).rawPacket;
  const line = raw?.subarray(0, 8192).toString("latin1").split("\r\n", 1)[0] ?? "";
  const target = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+ (\/[\x21-\x7e]*) HTTP\/1\.[01]$/.exec(line)?.[1];
  return target === undefined ? {} : { target };
}

function answer(
  socket: Socket,
  { contentType, body, headers = {} }: ClientErrorBody,
  status: 400 | 431,
): void {
  const extra = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  socket.write(
    `HTTP/1.1 ${status} ${REASONS[status]}\r\nContent-Type: ${contentType}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n${extra}Connection: close\r\n\r\n${body}`,
  );
  socket.destroySoon();
}
