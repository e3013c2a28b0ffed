import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { newRotation, type RotationPhase, RotationPhaseSchema, transitionRotation } from "./rotation.ts";
import {
  afterAttempt,
  cloudEventType,
  rotationEventFor,
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_MAX_ATTEMPTS,
  webhookUrlRefusal,
} from "./webhooks.ts";

const phases = fc.constantFrom(...RotationPhaseSchema.options);

describe("rotationEventFor", () => {
  it("announces the four moments of a rotation that runs to its end, each once, in order", () => {
    let state = newRotation({ graceSeconds: 0, requireConfirmation: true });
    const events: string[] = [];
    const step = (next: typeof state) => {
      const type = rotationEventFor(state.phase, next.phase);
      if (type) events.push(type);
      state = next;
    };
    const apply = (event: Parameters<typeof transitionRotation>[1]) => {
      const result = transitionRotation(state, event);
      if (!result.ok) throw new Error(result.error.message);
      step(result.value);
    };
    apply({ type: "start", at: 0 });
    for (const s of ["regenerate-standby", "verify", "publish", "grace"] as const)
      apply({ type: "step-succeeded", step: s, at: 10 });
    apply({ type: "confirm", at: 11 });
    apply({ type: "step-succeeded", step: "retire-old", at: 12 });
    expect(events).toEqual(["rotation.started", "rotation.needs-confirmation", "rotation.completed"]);
  });

  it("names a failure whatever the step, and never announces a cancel or a phase it stays in", () => {
    fc.assert(
      fc.property(phases, phases, (before: RotationPhase, after: RotationPhase) => {
        const type = rotationEventFor(before, after);
        if (before === after || after === "cancelled") expect(type).toBeNull();
        else if (after === "failed") expect(type).toBe("rotation.failed");
        else if (after === "completed") expect(type).toBe("rotation.completed");
        else if (after === "confirm") expect(type).toBe("rotation.needs-confirmation");
        else if (before === "pending") expect(type).toBe("rotation.started");
        else expect(type).toBeNull();
      }),
    );
  });

  it("gives each event a reverse-DNS CloudEvents type", () => {
    expect(WEBHOOK_EVENT_TYPES.map(cloudEventType)).toEqual([
      "com.keyturn.rotation.started",
      "com.keyturn.rotation.needs-confirmation",
      "com.keyturn.rotation.completed",
      "com.keyturn.rotation.failed",
    ]);
  });
});

describe("webhookUrlRefusal", () => {
  const dev = { allowLoopbackHttp: true };
  const prod = { allowLoopbackHttp: false };

  it("takes https anywhere, and http on a loopback host in development only", () => {
    expect(webhookUrlRefusal("https://hooks.example.com/keyturn", prod)).toBeNull();
    expect(webhookUrlRefusal("http://127.0.0.1:4010/hook", dev)).toBeNull();
    expect(webhookUrlRefusal("http://localhost:4010/hook", dev)).toBeNull();
    expect(webhookUrlRefusal("http://[::1]:4010/hook", dev)).toBeNull();
    expect(webhookUrlRefusal("http://127.0.0.1:4010/hook", prod)).toMatch(/https/);
    expect(webhookUrlRefusal("http://hooks.example.com/hook", dev)).toMatch(/https/);
  });

  it("refuses what is not an http(s) URL, credentials in it and a fragment", () => {
    expect(webhookUrlRefusal("hooks.example.com", dev)).toBe("not an absolute URL");
    expect(webhookUrlRefusal("ftp://hooks.example.com", dev)).toMatch(/https/);
    expect(webhookUrlRefusal("https://user:pw@hooks.example.com", dev)).toMatch(/password/);
    expect(webhookUrlRefusal("https://hooks.example.com/#x", dev)).toMatch(/fragment/);
  });

  it("never lets plain http out of loopback, whatever the host", () => {
    fc.assert(
      fc.property(fc.domain(), fc.boolean(), (host, allow) => {
        fc.pre(host !== "localhost" && !host.endsWith(".localhost"));
        expect(webhookUrlRefusal(`http://${host}/hook`, { allowLoopbackHttp: allow })).not.toBeNull();
        expect(webhookUrlRefusal(`https://${host}/hook`, { allowLoopbackHttp: allow })).toBeNull();
      }),
    );
  });
});

describe("afterAttempt", () => {
  const schedule = { baseMs: 1_000, maxMs: 60_000 };

  it("stops at the first success, gives up after the last attempt, and waits longer each time in between", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: WEBHOOK_MAX_ATTEMPTS + 3 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (attempt, jitter) => {
          expect(afterAttempt(attempt, true, schedule, jitter)).toEqual({ next: "succeeded" });
          const failed = afterAttempt(attempt, false, schedule, jitter);
          if (attempt >= WEBHOOK_MAX_ATTEMPTS) {
            expect(failed).toEqual({ next: "failed" });
            return;
          }
          if (failed.next !== "retry") throw new Error("a failed attempt before the last is retried");
          expect(failed.waitMs).toBeGreaterThanOrEqual(Math.min(schedule.maxMs, 1_000 * 2 ** (attempt - 1)));
          expect(failed.waitMs).toBeLessThanOrEqual(schedule.maxMs);
          const next = afterAttempt(attempt + 1, false, schedule, 0);
          if (next.next === "retry") {
            const unjittered = afterAttempt(attempt, false, schedule, 0);
            expect(next.waitMs).toBeGreaterThanOrEqual(unjittered.next === "retry" ? unjittered.waitMs : 0);
          }
        },
      ),
    );
  });

  it("bounds the whole schedule: a delivery is over after a known number of attempts", () => {
    let attempts = 0;
    let outcome = afterAttempt(1, false, schedule);
    for (attempts = 1; outcome.next === "retry"; attempts++)
      outcome = afterAttempt(attempts + 1, false, schedule);
    expect(attempts).toBe(WEBHOOK_MAX_ATTEMPTS);
    expect(outcome).toEqual({ next: "failed" });
  });
});
