import type { WorkspaceToken } from "@keyturn/auth-domain";
import { toEpochSeconds } from "@keyturn/auth-domain";
import { decryptText, encrypt } from "../../crypto/encryption.ts";
import type { Notifier } from "../../db/notify.ts";

/** A token as fetched from the workspace, with what the fetch cost and where it went. */
export interface FetchedToken {
  token: WorkspaceToken;
  /** Wall time of the token call, in milliseconds. */
  latencyMs: number;
  /** The workspace's region: token calls go through it. */
  region: string;
  fetchedAt: Date;
}

export interface CachedToken extends FetchedToken {
  /** true: served from this process's cache; false: fetched for this request. */
  cached: boolean;
}

interface Entry extends Omit<FetchedToken, "token"> {
  envelope: string;
  tokenType: string;
  refreshAfter: number;
  expiryOn: number;
}

interface Flight {
  promise: Promise<FetchedToken>;
  /** Dropped while in flight: its token is answered to who asked, never cached. */
  dropped: boolean;
}

const CHANNEL = "keyturn_token_cache";

/**
 * Workspace tokens cached in this BFF process's memory (encrypted with the master key, bound to their
 * cache key), keyed by workspace/deployment, until the token's `refreshAfter`: a caller never gets a
 * token that is due for refresh. Concurrent misses on one key share one fetch (single flight).
 * With a notifier, a drop reaches every replica's cache (NOTIFY), and a gap in listening drops all.
 */
export class TokenCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Flight>();

  constructor(
    private readonly masterKey: Buffer,
    private readonly now: () => Date,
    private readonly notifier?: Notifier,
  ) {
    notifier?.subscribe(
      CHANNEL,
      (key) => this.forget(key),
      () => this.forgetAll(),
    );
  }

  async get(key: string, fetch: () => Promise<FetchedToken>): Promise<CachedToken> {
    const hit = this.peek(key);
    if (hit) return { ...hit, cached: true };
    const pending = this.inFlight.get(key);
    if (pending) return { ...(await pending.promise), cached: true };
    const flight: Flight = { promise: fetch(), dropped: false };
    this.inFlight.set(key, flight);
    try {
      const fetched = await flight.promise;
      if (!flight.dropped) this.store(key, fetched);
      return { ...fetched, cached: false };
    } finally {
      if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
    }
  }

  /** The cached token while it is fresh (before `refreshAfter`), else undefined. */
  peek(key: string): FetchedToken | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (toEpochSeconds(this.now()) >= entry.refreshAfter) {
      this.entries.delete(key);
      return undefined;
    }
    const accessToken = decryptText(this.masterKey, entry.envelope, aad(key));
    const { tokenType, refreshAfter, expiryOn, latencyMs, region, fetchedAt } = entry;
    return { token: { accessToken, tokenType, refreshAfter, expiryOn }, latencyMs, region, fetchedAt };
  }

  /**
   * Drops the key here at once and on every replica (resolves once the notification is sent; a
   * failure to send is logged by the notifier).
   */
  async drop(key: string): Promise<void> {
    this.forget(key);
    await this.notifier?.publish(CHANNEL, key);
  }

  private forget(key: string): void {
    this.entries.delete(key);
    const flight = this.inFlight.get(key);
    if (flight) {
      flight.dropped = true;
      this.inFlight.delete(key);
    }
  }

  private forgetAll(): void {
    for (const key of [...this.entries.keys(), ...this.inFlight.keys()]) this.forget(key);
  }

  private store(key: string, fetched: FetchedToken): void {
    const { token, latencyMs, region, fetchedAt } = fetched;
    if (toEpochSeconds(this.now()) >= token.refreshAfter) return;
    this.entries.set(key, {
      envelope: encrypt(this.masterKey, token.accessToken, aad(key)),
      tokenType: token.tokenType,
      refreshAfter: token.refreshAfter,
      expiryOn: token.expiryOn,
      latencyMs,
      region,
      fetchedAt,
    });
  }
}

const aad = (key: string) => `token-cache:${key}`;

/** The cache key of a deployment's token. */
export const tokenCacheKey = (workspace: string, deployment: string) =>
  JSON.stringify([workspace, deployment]);
