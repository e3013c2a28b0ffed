import { describe, expect } from "vitest";
import { SEED_RESOURCE_GROUP, SEED_SUBSCRIPTION_ID } from "../src/index.ts";
import { emulatorFuzz } from "./fuzz-harness.ts";
import { ADMIN, CONTROL_PLANE } from "./fuzz-routes.ts";
import { answerProblems, rawAnswer } from "./fuzz-support.ts";
import { type AdminApi, WS_EASTUS } from "./support/clients.ts";
import { it as base, LONG_RUN } from "./support/fixtures.ts";

// The control plane and the admin API, as Contributor, Reader, nobody and a forged caller, with
// requests from each route's schema and hostile values. Every answer: no 5xx (a 503 only while a
// fault or a down region is deliberately set), errors in Azure's shape, no stack trace; the emulator
// stays healthy.

const ARM_EASTUS = `/subscriptions/${SEED_SUBSCRIPTION_ID}/resourceGroups/${SEED_RESOURCE_GROUP}/providers/Microsoft.MachineLearningServices/workspaces/${WS_EASTUS.workspace}`;

/** The fuzzer over the file's emulator; its figures are printed when the file is done. */
const it = base.extend("f", { scope: "file" }, async ({ emu, tokens }, { onCleanup }) => {
  const f = await emulatorFuzz(emu, tokens);
  onCleanup(() => console.log(f.figure()));
  return f;
});

/** Faults off, every region up, and a fleet grown by a fuzzed seed put back (a reset costs more). */
async function undoSwitches(admin: AdminApi) {
  await admin.clearFaults();
  const health = (await (await admin.health()).json()) as { services: number; regionsDown: string[] };
  for (const region of health.regionsDown) await admin.region(region, "up");
  if (health.services > 500) await admin.reset();
}

describe("fuzzing the emulator's control plane and admin API", LONG_RUN, () => {
  it("the control plane answers hostile requests without a 5xx, in Azure's error shape", async ({
    f,
    admin,
  }) => {
    // A fuzzed delete may remove a seeded service: put the seeded fleet back after each request.
    expect(await f.fuzz(CONTROL_PLANE, () => admin.seed()), f.replay).toEqual([]);
  });

  it("the admin API answers hostile requests without a 5xx; each request's switches are undone", async ({
    f,
    admin,
  }) => {
    expect(await f.fuzz(ADMIN, () => undoSwitches(admin)), f.replay).toEqual([]);
    await admin.reset();
  });

  it("answers 503 only while a fault or a down region is set (Azure's shape, Retry-After)", async ({
    f,
    admin,
  }) => {
    const faults = { get: { rate503: 1, retryAfterSeconds: 2 }, list: { rate503: 0.5 } };
    expect((await admin.setFaults(faults)).status).toBe(200);
    expect((await admin.region("westeurope", "down")).status).toBe(200);
    const before = f.stats.deliberate;
    const failures = await f.fuzz(CONTROL_PLANE.slice(2, 4), async () => {}, true);
    await admin.reset();
    expect(failures, f.replay).toEqual([]);
    expect(f.stats.deliberate).toBeGreaterThan(before);
  });

  it("answers what only a socket can send in Azure's error shape (huge head, bad framing, odd targets)", async ({
    f,
    emu,
    tokens,
  }) => {
    const port = Number(new URL(emu.url).port);
    const services = `/modelmanagement/v1.0${ARM_EASTUS}/services`;
    const post = `POST ${services} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${tokens.contributor}\r\nContent-Type: application/json\r\n`;
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

  it("stays healthy: /_emulator/health and a Contributor's listing", async ({ admin, cp }) => {
    const health = await admin.health();
    expect(health.status).toBe(200);
    expect(((await health.json()) as { regionsDown: string[] }).regionsDown).toEqual([]);
    expect((await cp.list()).status).toBe(200);
  });
});
