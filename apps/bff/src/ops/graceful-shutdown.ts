import type { Logger } from "pino";
import type { StartedBff } from "../index.ts";
import type { Tracing } from "../telemetry/tracing.ts";

/** The most the last spans' export may add to a shutdown (within the deadline): a dead collector costs little. */
const TRACES_FLUSH_MS = 5_000;

/**
 * Drains the BFF (ops: readiness 503, no new connection, requests and job runs in flight finish,
 * leases released, database closed), then exports the spans left (those of the last requests), and
 * tells the exit code: 0 if the drain took less than `deadlineMs`, 1 if the deadline passed first or
 * the drain failed. A collector that cannot take the last spans is logged, never a failed shutdown.
 * The caller exits with the code.
 */
export async function shutdownWithin(
  started: StartedBff,
  deadlineMs: number,
  logger: Logger,
  tracing?: Tracing,
): Promise<0 | 1> {
  const until = Date.now() + deadlineMs;
  const code = await drainWithin(started, deadlineMs, logger);
  if (tracing?.enabled) {
    const flushMs = Math.max(0, Math.min(TRACES_FLUSH_MS, until - Date.now()));
    const outcome = await within(tracing.shutdown(), flushMs).catch(() => "failed" as const);
    if (outcome !== "done") logger.warn({ outcome }, "shutdown: the last spans were not exported");
  }
  return code;
}

async function drainWithin(started: StartedBff, deadlineMs: number, logger: Logger): Promise<0 | 1> {
  try {
    const outcome = await within(started.drain(), deadlineMs);
    if (outcome === "deadline") {
      logger.error({ deadlineMs }, "shutdown: requests or jobs still running at the deadline");
      return 1;
    }
    logger.info("shutdown: drained");
    return 0;
  } catch (err) {
    logger.error({ err }, "shutdown failed");
    return 1;
  }
}

/** "done" when `work` settles first, "deadline" when `ms` passes first; a rejection is passed on. */
async function within(work: Promise<unknown>, ms: number): Promise<"done" | "deadline"> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<"deadline">((resolve) => {
    timer = setTimeout(() => resolve("deadline"), ms);
  });
  try {
    return await Promise.race([work.then(() => "done" as const), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
