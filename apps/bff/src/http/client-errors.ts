import type { Server } from "node:http";
import { PROBLEM_CONTENT_TYPE } from "@keyturn/auth-domain";
import { answerClientErrorsWith } from "@keyturn/node-http";
import { problemBody } from "../errors/problem.ts";

/**
 * Requests Node's parser refuses before there is a request (headers over the limit, malformed HTTP)
 * get problem+json like every other error, not Node's bare 431/400, and the connection is closed.
 */
export function answerClientErrors(server: Server): void {
  answerClientErrorsWith(server, ({ status, code, message }) => ({
    contentType: PROBLEM_CONTENT_TYPE,
    body: JSON.stringify(problemBody({ status, code, detail: message })),
    headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  }));
}
