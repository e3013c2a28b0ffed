import { describe, expect, it } from "vitest";
import { memoryLog } from "../test/support/test-app.ts";
import { createLogger, REDACTED, scrub } from "./logger.ts";

describe("logger", () => {
  it("redacts secret-named fields at any depth and keeps the rest", () => {
    const log = memoryLog();
    const logger = createLogger({ level: "info", destination: log.stream });
    logger.info(
      {
        req: { headers: { authorization: "Bearer eyJabc", cookie: "s=1", "user-agent": "ua" } },
        connection: { credential: { clientSecret: "shh" }, name: "c1" },
        primaryKey: "pk-value",
        accessToken: "tok",
        password: "p",
        keyType: "Primary",
        tokenType: "Bearer",
        requestId: "r1",
        list: [{ apiKey: "k" }],
      },
      "hello",
    );
    const text = log.raw.join("\n");
    for (const secret of ["eyJabc", "s=1", "shh", "pk-value", '"tok"', '"p"', '"k"'])
      expect(text).not.toContain(secret);
    const line = log.lines[0] as {
      req: { headers: Record<string, string> };
      connection: { name: string };
      keyType: string;
      tokenType: string;
      requestId: string;
    };
    expect(line.req.headers.authorization).toBe(REDACTED);
    expect(line.req.headers["user-agent"]).toBe("ua");
    expect(line.connection.name).toBe("c1");
    expect(line.keyType).toBe("Primary");
    expect(line.tokenType).toBe("Bearer");
    expect(line.requestId).toBe("r1");
  });

  it("keeps one JSON object per line whatever the input (CR/LF, control characters)", () => {
    const log = memoryLog();
    const logger = createLogger({ level: "info", destination: log.stream });
    logger.info({ path: '/x\r\n{"level":60,"msg":"forged"}\u0007' }, "line\nbreak");
    expect(log.raw).toHaveLength(1);
    expect(log.lines[0]?.path).toBe('/x\r\n{"level":60,"msg":"forged"}\u0007');
  });

  it("scrub is bounded in depth", () => {
    const deep: Record<string, unknown> = {};
    let cursor = deep;
    for (let i = 0; i < 50; i++) {
      cursor.next = {};
      cursor = cursor.next as Record<string, unknown>;
    }
    expect(() => scrub(deep)).not.toThrow();
  });
});
