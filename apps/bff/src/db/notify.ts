import pg from "pg";
import type { Logger } from "pino";
import type { Database } from "./client.ts";

/**
 * Invalidation shared by every replica on one database: `publish` is PostgreSQL's NOTIFY, and each
 * replica LISTENs on a connection of its own. On PGlite the same statements run in its single process
 * (PGlite delivers a NOTIFY to the listeners of that process). A payload names what to drop (a cache
 * key), never a secret.
 */
export interface Notifier {
  /**
   * Sends `payload` on `channel` to every replica, this one included. Never rejects: a failure is
   * logged and answered false (the other replicas keep what they hold until it expires).
   */
  publish(channel: NotifyChannel, payload: string): Promise<boolean>;
  /**
   * Calls `handler` with each payload on `channel`. `onGap` is called when notifications may have been
   * missed (the listening connection was lost and is back): the subscriber drops everything it holds.
   */
  subscribe(channel: NotifyChannel, handler: (payload: string) => void, onGap?: () => void): void;
  close(): Promise<void>;
}

/** The channels the BFF uses: a fixed list, so a payload never picks where it goes. */
export const NOTIFY_CHANNELS = ["keyturn_token_cache"] as const;
export type NotifyChannel = (typeof NOTIFY_CHANNELS)[number];

interface Subscriber {
  handler: (payload: string) => void;
  onGap?: () => void;
}

export interface NotifierOptions {
  logger: Logger;
  /** Delay before reconnecting a lost listening connection (PostgreSQL). */
  reconnectMs?: number;
}

/**
 * Listens on every channel before it resolves (PGlite in-process, or a dedicated client outside the
 * pool on PostgreSQL), so what a replica caches after its start is never missed.
 */
export async function openNotifier(database: Database, options: NotifierOptions): Promise<Notifier> {
  const subscribers = new Map<NotifyChannel, Subscriber[]>();
  const each = (f: (s: Subscriber) => void) => {
    for (const list of subscribers.values()) for (const s of list) f(s);
  };
  const deliver = (channel: string, payload: string) => {
    for (const s of subscribers.get(channel as NotifyChannel) ?? []) {
      try {
        s.handler(payload);
      } catch (err) {
        options.logger.error({ err, channel }, "notify: a subscriber failed");
      }
    }
  };
  const sent = async (channel: NotifyChannel, send: () => Promise<unknown>) => {
    try {
      await send();
      return true;
    } catch (err) {
      options.logger.error({ err, channel }, "notify: a notification could not be sent");
      return false;
    }
  };
  const base = {
    subscribe(channel: NotifyChannel, handler: (payload: string) => void, onGap?: () => void) {
      subscribers.set(channel, [...(subscribers.get(channel) ?? []), { handler, onGap }]);
    },
  };
  if (database.kind === "pglite") {
    const { client } = database;
    const unlisten = await Promise.all(
      NOTIFY_CHANNELS.map((channel) => client.listen(channel, (payload) => deliver(channel, payload))),
    );
    return {
      ...base,
      publish: (channel, payload) =>
        sent(channel, () => client.query("select pg_notify($1, $2)", [channel, payload])),
      close: async () => {
        subscribers.clear();
        if (!client.closed) await Promise.allSettled(unlisten.map((u) => u()));
      },
    };
  }
  const { pool } = database;
  const listener = new PgListener(pool.options, options, deliver, () => each((s) => s.onGap?.()));
  await listener.connect();
  return {
    ...base,
    publish: (channel, payload) =>
      sent(channel, () => pool.query("select pg_notify($1, $2)", [channel, payload])),
    close: async () => {
      subscribers.clear();
      await listener.stop();
    },
  };
}

/**
 * One pg.Client LISTENing on every channel. When it is lost it reconnects after `reconnectMs`, then
 * reports a gap: what was notified meanwhile never arrived.
 */
class PgListener {
  private client: pg.Client | undefined;
  private stopped = false;
  private gap = false;
  private timer: NodeJS.Timeout | undefined;
  private connecting: Promise<void> | undefined;

  constructor(
    private readonly clientConfig: pg.ClientConfig,
    private readonly options: NotifierOptions,
    private readonly deliver: (channel: string, payload: string) => void,
    private readonly onGap: () => void,
  ) {}

  connect(): Promise<void> {
    this.connecting = this.open();
    return this.connecting;
  }

  private async open(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client(this.clientConfig);
    client.on("notification", (n) => this.deliver(n.channel, n.payload ?? ""));
    client.on("error", (err) => this.lost(client, err));
    client.on("end", () => this.lost(client));
    try {
      await client.connect();
      for (const channel of NOTIFY_CHANNELS) await client.query(`listen ${channel}`);
    } catch (err) {
      this.lost(client, err);
      return;
    }
    if (this.stopped) return void (await quietEnd(client));
    this.client = client;
    if (this.gap) {
      this.gap = false;
      this.onGap();
    }
  }

  private lost(client: pg.Client, err?: unknown): void {
    if (this.client === client) this.client = undefined;
    void quietEnd(client);
    if (this.stopped || this.timer) return;
    this.gap = true;
    this.options.logger.warn({ err }, "notify: the listening connection was lost; reconnecting");
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.connect();
    }, this.options.reconnectMs ?? 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.connecting;
    const client = this.client;
    this.client = undefined;
    if (client) await quietEnd(client);
  }
}

async function quietEnd(client: pg.Client): Promise<void> {
  client.removeAllListeners("end");
  client.removeAllListeners("error");
  client.on("error", () => {});
  await client.end().catch(() => {});
}
