import { existsSync } from "node:fs";
import path from "node:path";
import { expect, vi } from "vitest";

// The files whose tests or hooks outlast the defaults of vitest.config.ts (30 s a test, 90 s a hook),
// with their bounds, in one place. They start BFF processes, kill them, run snippets in a child
// process or send hundreds of requests under one lock, on a machine shared with other runs: seconds
// alone, minutes when loaded. A bound is per file (set before the file's tests are collected), so a
// quick test in such a file gets its file's bound too; the bound only stops a hung test, it asserts
// nothing. A file renamed or removed without its line here fails every test file at once.

const BFF = path.resolve(import.meta.dirname, "../..");

const LONG_RUNNING: Record<string, { testTimeout?: number; hookTimeout?: number }> = {
  // 3 SIGKILL cycles under write load per database, then the checks; starting the system takes minutes.
  "test/app/crash-cycles.test.ts": { testTimeout: 900_000, hookTimeout: 180_000 },
  // Two BFF processes and a takeover after a SIGKILL.
  "test/app/data-dir-lock.test.ts": { testTimeout: 300_000 },
  // A damaged embedded database opened in process, then by a BFF process.
  "test/app/data-dir-open.test.ts": { testTimeout: 240_000 },
  // The default PGlite created and migrated in a fresh data folder.
  "test/app/start-bff.test.ts": { testTimeout: 120_000 },
  // A BFF process on a fresh PGlite, stopped with SIGTERM once its spans are waiting for export.
  "test/app/tracing-shutdown.test.ts": { testTimeout: 120_000 },
  // 50 regenerations serialised under one lock, each a round trip to the workspace.
  "src/features/keys/regenerate-concurrency.test.ts": { testTimeout: 120_000 },
  // The TypeScript snippets run in their own process (tsx), against the emulator.
  "src/features/snippets/snippets.test.ts": { testTimeout: 120_000 },
  // Each waits for a background inventory sync against the emulator.
  "src/features/connections/connections-sync.test.ts": { testTimeout: 90_000 },
  "src/features/inventory/inventory-sync-runner.test.ts": { testTimeout: 90_000 },
  // Every secret route called, its keys and tokens then looked for in every answer, log line and table.
  "test/secrets/canary.test.ts": { testTimeout: 90_000 },
  // A real session left to grow older than the 30 s step-up age, then a step-up sign-in.
  "test/secrets/reveal-step-up.test.ts": { testTimeout: 90_000 },
  // Two processes appending to one chain on PostgreSQL at once (one of them started with tsx).
  "test/audit/audit-concurrency.test.ts": { testTimeout: 120_000 },
  // Every string field of every route, v1 and v2, sent clean, with a NUL and with a lone surrogate.
  "test/app/request-text.test.ts": { testTimeout: 180_000 },
  // The fuzz harness starts the emulator, the identity provider and an app per database kind; the fuzz
  // run's own bound grows with KEYTURN_FUZZ_RUNS (fuzz-config.ts).
  "test/fuzz/routes.test.ts": { hookTimeout: 120_000 },
};

const stale = Object.keys(LONG_RUNNING).filter((file) => !existsSync(path.join(BFF, file)));
if (stale.length > 0)
  throw new Error(`test/support/timeouts.ts names files that are gone: ${stale.join(", ")}`);

const file = path
  .relative(BFF, expect.getState().testPath ?? "")
  .split(path.sep)
  .join("/");
const bounds = LONG_RUNNING[file];
if (bounds) vi.setConfig(bounds);
