import fc from "fast-check";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { onError } from "../errors/on-error.ts";
import { createLogger } from "../logger.ts";
import { jsonDepth, jsonDepthLimit } from "./json-depth.ts";

describe("jsonDepth", () => {
  it("equals the nesting of any JSON value, strings with brackets included", () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.string(),
        fc.integer(),
        fc.array(tie("node"), { maxLength: 3 }),
        fc.dictionary(fc.string(), tie("node"), { maxKeys: 3 }),
      ),
    })).node;
    const depthOf = (v: unknown): number =>
      typeof v === "object" && v !== null ? 1 + Math.max(0, ...Object.values(v).map(depthOf)) : 0;
    fc.assert(fc.property(value, (v) => jsonDepth(JSON.stringify(v)) === depthOf(v)));
  });
});

describe("jsonDepthLimit", () => {
  const app = new Hono()
    .onError(onError(createLogger({ level: "silent" })))
    .use(jsonDepthLimit({ maxDepth: 64 }))
    .post("/echo", async (c) => c.json({ size: JSON.stringify(await c.req.json()).length }));
  const post = (body: string) =>
    app.request("/echo", { method: "POST", body, headers: { "Content-Type": "application/json" } });

  it("refuses 5,000 nested arrays with a 400 problem instead of overflowing the stack", async () => {
    const response = await post(`{"body":${"[".repeat(5000)}${"]".repeat(5000)}}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "validation_failed" });
  });

  it("lets a body at the limit through, and the handler still reads it", async () => {
    const response = await post(`${"[".repeat(64)}${"]".repeat(64)}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ size: 128 });
  });
});
