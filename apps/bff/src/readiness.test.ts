import { describe, expect, it } from "vitest";
import { Readiness } from "./readiness.ts";

describe("Readiness", () => {
  it("is ready when every check passes, and names the failing ones otherwise", async () => {
    const readiness = new Readiness(100);
    readiness.register("database", async () => {});
    expect(await readiness.run()).toEqual({ ready: true, checks: { database: "ok" } });
    readiness.register("workspace", async () => {
      throw new Error("down");
    });
    readiness.register(
      "slow",
      (signal) => new Promise((resolve) => signal.addEventListener("abort", () => resolve())),
    );
    expect(await readiness.run()).toEqual({
      ready: false,
      checks: { database: "ok", workspace: "failed", slow: "failed" },
    });
  });

  it("answers not ready once draining, without running a check", async () => {
    const readiness = new Readiness(100);
    let runs = 0;
    readiness.register("database", async () => {
      runs += 1;
    });
    readiness.drain();
    expect(readiness.draining).toBe(true);
    expect(await readiness.run()).toEqual({ ready: false, checks: { shutdown: "failed" } });
    expect(runs).toBe(0);
  });

  it("refuses two checks with one name", () => {
    const readiness = new Readiness();
    readiness.register("a", async () => {});
    expect(() => readiness.register("a", async () => {})).toThrow();
  });
});
