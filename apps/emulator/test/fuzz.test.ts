import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_RESOURCE_GROUP, SEED_SUBSCRIPTION_ID } from "../src/index.ts";
import { type EmulatorFuzz, startEmulatorFuzz } from "./fuzz-harness.ts";
import { ADMIN, CONTROL_PLANE } from "./fuzz-routes.ts";
import { answerProblems, rawAnswer } from "./fuzz-support.ts";
import { controlPlane, WS_EASTUS } from "./support.ts";

// The control plane and the admin API, as Contributor, Reader, nobody and a forged caller, with
// requests from each route's schema and hostile values. Every answer: no 5xx (a 503 only while a
// fault or a down region is deliberately set), errors in Azure's shape, no stack trace; the emulator
// stays healthy.

const ARM_EASTUS = `/subscriptions/${SEED_SUBSCRIPTION_ID}/resourceGroups/${SEED_RESOURCE_GROUP}/providers/Microsoft.MachineLearningServices/workspaces/${WS_EASTUS.workspace}`;

let f: EmulatorFuzz;
beforeAll(async () => {
  f = await startEmulatorFuzz();
}, 60_000);
afterAll(async () => {
  if (!f) return;
  console.log(f.figure());
  await f.dispose();
});

/** Faults off, every region up, and a fleet grown by a fuzzed seed put back (a reset costs more). */
async function undoSwitches() {
  await f.admin("DELETE", "/faults");
  const health = (await (await f.admin("GET", "/health")).json()) as {
    services: number;
    regionsDown: string[];
  };
  for (const region of health.regionsDown) await f.admin("POST", `/regions/${region}/up`);
  if (health.services > 500) await f.admin("POST", "/reset");
}

describe("fuzzing the emulator's control plane and admin API", () => {
  it("the control plane answers hostile requests without a 5xx, in Azure's error shape", async () => {
    // A fuzzed delete may remove a seeded service: put the seeded fleet back after each request.
    expect(await f.fuzz(CONTROL_PLANE, () => f.admin("POST", "/seed")), f.replay).toEqual([]);
  }, 240_000);

  it("the admin API answers hostile requests without a 5xx; each request's switches are undone", async () => {
    expect(await f.fuzz(ADMIN, undoSwitches), f.replay).toEqual([]);
    await f.admin("POST", "/reset");
  }, 240_000);

  it("answers 503 only while a fault or a down region is set (Azure's shape, Retry-After)", async () => {
    const faults = { get: { rate503: 1, retryAfterSeconds: 2 }, list: { rate503: 0.5 } };
    const put = await fetch(`${f.emu.url}/_emulator/faults`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(faults),
    });
    expect(put.status).toBe(200);
    expect((await f.admin("POST", "/regions/westeurope/down")).status).toBe(200);
    const before = f.stats.deliberate;
    const failures = await f.fuzz(CONTROL_PLANE.slice(2, 4), async () => {}, true);
    await f.admin("POST", "/reset");
    expect(failures, f.replay).toEqual([]);
    expect(f.stats.deliberate).toBeGreaterThan(before);
  }, 120_000);

  it("answers what only a socket can send in Azure's error shape (huge head, bad framing, odd targets)", async () => {
    const port = Number(new URL(f.emu.url).port);
    const services = `/modelmanagement/v1.0${ARM_EASTUS}/services`;
    const post = `POST ${services} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${f.contributor}\r\nContent-Type: application/json\r\n`;
    const health = "GET /_emulator/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    const cases: Array<[string, string[], number?]> = [
      ["a request head over 16 KB", [`GET /${"x".repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`]],
      ["a request line of garbage", ["\u0000GARBAGE\r\n\r\n"]],
      // The same refusals on a connection kept alive by an answered request: the client gets them too.
      [
        "a request head over 16 KB on a kept-alive connection",
        [health, `GET /${"x".repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`],
        1,
      ],
      ["an unknown method on a kept-alive connection", [health, "FOO /_emulator/health HTTP/1.1\r\n\r\n"], 1],
      ["the target *", ["GET * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"]],
      ["a backslash in the path", ["GET /_emulator\\health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"]],
      ["a Host header that is no host", ["GET /_emulator/health HTTP/1.1\r\nHost: a b\r\n\r\n"]],
      [
        "Content-Length and Transfer-Encoding together",
        [`${post}Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n{}`],
      ],
      [
        "a chunked body past the limit",
        [
          `${post}Transfer-Encoding: chunked\r\n\r\n`,
          ...Array.from({ length: 20 }, () => `4000\r\n${"x".repeat(0x4000)}\r\n`),
          "0\r\n\r\n",
        ],
      ],
    ];
    const failures: string[] = [];
    for (const [label, parts, skip] of cases) {
      const answer = await rawAnswer(port, parts, skip);
      f.stats.sent += 1;
      if (!answer) failures.push(`${label}: no answer`);
      else {
        if (answer.status >= 500) f.stats.fiveXx += 1;
        const problems = answerProblems(answer.status, answer.contentType, answer.body);
        if (problems.length > 0) failures.push(`${label} → ${answer.status}: ${problems.join("; ")}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("stays healthy: /_emulator/health and a Contributor's listing", async () => {
    const health = await f.admin("GET", "/health");
    expect(health.status).toBe(200);
    expect(((await health.json()) as { regionsDown: string[] }).regionsDown).toEqual([]);
    expect((await controlPlane(f.emu.url, f.contributor).list()).status).toBe(200);
  });
});
