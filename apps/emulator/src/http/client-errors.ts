import { maxHeaderSize, type Server } from "node:http";
import type { Socket } from "node:net";
import type { AzureErrorBody } from "@keyturn/azureml-rest";
import type { EmulatorErrorCode } from "../errors.ts";

/**
 * Requests Node's parser refuses before there is a request (headers over the limit, malformed HTTP)
 * get Azure's error body like every other error, not Node's bare 431/400; the connection is closed.
 */
export function answerClientErrors(server: Server): void {
  server.on("clientError", (err: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || socket.bytesWritten > 0) {
      socket.destroy();
      return;
    }
    if (err.code === "HPE_HEADER_OVERFLOW") {
      const message = `The request headers are larger than ${maxHeaderSize} bytes.`;
      return answer(socket, 431, "Request Header Fields Too Large", "headers_too_large", message);
    }
    if (err.code?.startsWith("HPE_")) {
      return answer(socket, 400, "Bad Request", "validation_failed", "The request is not valid HTTP.");
    }
    // A request timeout (408) or a reset: as Node does without this listener.
    if (err.code === "ERR_HTTP_REQUEST_TIMEOUT")
      socket.write("HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n");
    socket.destroySoon();
  });
}

function answer(
  socket: Socket,
  status: 400 | 431,
  reason: string,
  code: EmulatorErrorCode,
  message: string,
): void {
  const body: AzureErrorBody = { error: { code, message } };
  const text = JSON.stringify(body);
  socket.write(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
  );
  socket.destroySoon();
}
