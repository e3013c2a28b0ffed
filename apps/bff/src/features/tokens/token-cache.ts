import type { WorkspaceToken } from "@keyturn/auth-domain";
import { toEpochSeconds } from "@keyturn/auth-domain";
import { decryptText, encrypt } from "../../crypto/encryption.ts";

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

/**
 * Workspace tokens cached in this BFF process's memory (encrypted with the master key, bound to their
 * cache key), keyed by workspace/deployment, until the token's `refreshAfter`: a caller never gets a
 * token that is due for refresh. Concurrent misses on one key share one fetch (single flight).
 */
export class TokenCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<FetchedToken>>();

  constructor(
    private readonly masterKey: Buffer,
    private readonly now: () => Date,
  ) {}

  async get(key: string, fetch: () => Promise<FetchedToken>): Promise<CachedToken> {
    const hit = this.peek(key);
    if (hit) return { ...hit, cached: true };
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = fetch().finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
      const fetched = await pending;
      this.store(key, fetched);
      return { ...fetched, cached: false };
    }
    return { ...(await pending), cached: true };
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

  drop(key: string): void {
    this.entries.delete(key);
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
