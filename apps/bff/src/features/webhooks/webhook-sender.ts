import type { LookupFunction } from "node:net";
import { hostname } from "node:os";
import {
  DEFAULT_RETRY_SCHEDULE,
  type RetrySchedule,
  webhookAddressRefusal,
  webhookUrlRefusal,
} from "@keyturn/auth-domain";
import { eq } from "drizzle-orm";
import type { AppDeps } from "../../app-env.ts";
import { webhooks } from "../../db/schema.ts";
import { publicAddressFetch } from "../../http/public-address-fetch.ts";
import { type IntervalJob, intervalJob } from "../../jobs/interval-job.ts";
import { claimLease, releaseLease } from "../../jobs/job-lease.ts";
import { claimAttempt, type DeliveryRow, dueDeliveries, recordAttempt } from "./webhook-outbox.ts";
import { type PostResult, postEvent } from "./webhook-post.ts";
import { openWebhookSecret } from "./webhook-secret.ts";
import { signatureHeaders } from "./webhook-signature.ts";

export interface SenderOptions {
  /** How often this replica looks for due deliveries (default 5 s); an announced event wakes it at once. */
  intervalMs?: number;
  /** Backoff between attempts (auth-domain's default: 10 s doubling, at most an hour). */
  schedule?: RetrySchedule;
  /** One attempt's deadline (default 10 s). */
  timeoutMs?: number;
  /** Deliveries taken per run, sent at most `concurrency` at a time. */
  batch?: number;
  concurrency?: number;
  /** A name for this replica in the lease and the attempts' records. */
  holder?: string;
  fetch?: typeof fetch;
  /** How a receiver's name is resolved (dns.lookup); in production every answer must be public. */
  lookup?: LookupFunction;
}

export interface WebhookSender extends IntervalJob {
  /** Runs a pass soon (an event was announced); a pass in progress is not doubled. */
  wake(): void;
  /** One pass now: the deliveries it attempted (0 when another replica holds the sender's lease). */
  runOnce(): Promise<number>;
}

const JOB = "webhook-sender";
const senders = new WeakMap<AppDeps, WebhookSender>();

/** Wakes this app's sender, if it runs (a pass after the announcing transaction has committed). */
export function wakeWebhookSender(deps: AppDeps): void {
  const sender = senders.get(deps);
  if (sender) setTimeout(() => sender.wake(), 20).unref();
}

/**
 * Sends the webhooks' outbox. One sender across replicas: each pass claims the job lease (as the
 * inventory sync and the rotation runner do) and releases it when done; each attempt is also claimed
 * on its row, so even two passes at once never send an attempt twice. A restarted replica, or
 * another one, resumes whatever is due.
 */
export function webhookSender(deps: AppDeps, options: SenderOptions = {}): WebhookSender {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const schedule = options.schedule ?? DEFAULT_RETRY_SCHEDULE;
  const holder = options.holder ?? `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  const { db } = deps.database;
  const production = deps.config.mode === "production";
  const allowLoopbackHttp = !production;
  // Production reaches public addresses only, checked on the addresses each attempt connects to.
  const send = options.fetch ?? (production ? publicAddressFetch({ lookup: options.lookup }) : fetch);

  /** Why the hook's address is refused now (a stable code), or null. */
  function addressRefusal(url: string): string | null {
    if (webhookUrlRefusal(url, { allowLoopbackHttp }) !== null) return "url_not_allowed";
    return production && webhookAddressRefusal(url) !== null ? "address_not_allowed" : null;
  }

  /** The hook's secret; null when it cannot be opened (another master key): the attempt fails, recorded. */
  function readSecret(hook: { id: string; encryptedSecret: string }): string | null {
    try {
      return openWebhookSecret(deps.keys.masterKey, hook);
    } catch {
      return null;
    }
  }

  async function attempt(row: DeliveryRow): Promise<boolean> {
    const number = await claimAttempt(db, row, timeoutMs + 30_000);
    if (number === null) return false;
    const [hook] = await db.select().from(webhooks).where(eq(webhooks.id, row.webhookId));
    if (!hook) return false; // removed meanwhile: its deliveries went with it
    const startedAt = new Date();
    const refused = addressRefusal(hook.url);
    const secret = refused === null ? readSecret(hook) : null;
    let result: PostResult;
    if (refused !== null || secret === null) {
      result = { ok: false, responseCode: null, error: refused ?? "secret_unreadable", durationMs: 0 };
    } else {
      const headers = {
        "Content-Type": "application/cloudevents+json; charset=utf-8",
        "User-Agent": "Keyturn-Webhooks/1",
        ...signatureHeaders(secret, Math.floor(Date.now() / 1000), row.body),
      };
      result = await postEvent(hook.url, headers, row.body, {
        timeoutMs,
        fetch: send,
        facts: { webhookId: hook.id, deliveryId: row.id, attempt: number, eventType: row.eventType },
      });
    }
    await recordAttempt(db, row, { number, startedAt, sender: holder, result }, schedule);
    const host = URL.canParse(hook.url) ? new URL(hook.url).host : "invalid";
    deps.logger.info(
      { delivery: row.id, webhook: hook.id, host, attempt: number, ok: result.ok, error: result.error },
      "webhook attempt",
    );
    return true;
  }

  async function runOnce(): Promise<number> {
    const leased = await claimLease(db, JOB, holder, {
      leaseMs: Math.max(60_000, timeoutMs * 3),
      minIntervalMs: 0,
    });
    if (!leased) return 0;
    let sent = 0;
    try {
      const due = await dueDeliveries(db, options.batch ?? 50);
      const queue = [...due];
      const worker = async () => {
        for (let row = queue.shift(); row; row = queue.shift()) if (await attempt(row)) sent++;
      };
      await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
    } finally {
      await releaseLease(db, JOB, holder, "ok");
    }
    return sent;
  }

  // A wake while a pass runs makes that pass go round once more, rather than starting a second.
  let started = false;
  let passing = false;
  let again = false;
  let woken: Promise<unknown> | null = null;
  async function pass() {
    if (passing) {
      again = true;
      return { joined: true };
    }
    passing = true;
    try {
      let sent = 0;
      do {
        again = false;
        sent += await runOnce();
      } while (again && started);
      return { sent };
    } finally {
      passing = false;
    }
  }
  const job = intervalJob(JOB, options.intervalMs ?? 5_000, pass, deps.logger);
  const sender: WebhookSender = {
    start() {
      started = true;
      job.start();
    },
    async stop() {
      started = false;
      await Promise.all([job.stop(), woken]);
    },
    wake() {
      if (!started || woken) return;
      woken = pass()
        .catch((err: unknown) => deps.logger.error({ err, job: JOB }, "job failed"))
        .finally(() => {
          woken = null;
        });
    },
    runOnce,
  };
  senders.set(deps, sender);
  return sender;
}
