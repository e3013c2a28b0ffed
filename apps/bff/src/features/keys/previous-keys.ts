import { and, eq, gt, lte } from "drizzle-orm";
import { decryptText, encrypt } from "../../crypto/encryption.ts";
import type { Db } from "../../db/client.ts";
import { previousKeys } from "../../db/schema.ts";

/** How long the value a regeneration replaced is kept for the "previous key is refused" check. */
export const PREVIOUS_KEY_WINDOW_MS = 15 * 60_000;

export interface PreviousKey {
  value: string;
  fingerprint: string;
  replacedAt: Date;
}

/**
 * The value a regeneration replaced, kept in `previous_keys` so that verify-enforcement on ANY replica
 * can prove the old key is now refused: encrypted with the master key (AES-256-GCM, bound to its key
 * name by associated data, so a row cannot be moved to another key), until the end of the window.
 * Expired rows are deleted on every access and by each replica's sweep once a minute (index.ts). The
 * value is never logged or returned.
 * See docs/decisions/014-previous-key-check-in-the-database.md.
 */
export class PreviousKeys {
  constructor(
    private readonly masterKey: Buffer,
    private readonly db: Db,
    private readonly now: () => Date,
    private readonly windowMs = PREVIOUS_KEY_WINDOW_MS,
  ) {}

  /**
   * Keeps the replaced value. Never rejects: the key has already changed, so a value that could not be
   * written is simply not held (false), and the check answers skipped.
   */
  async remember(name: string, previous: PreviousKey): Promise<boolean> {
    const row = {
      envelope: encrypt(this.masterKey, previous.value, aad(name)),
      fingerprint: previous.fingerprint,
      replacedAt: previous.replacedAt,
      expiresAt: new Date(previous.replacedAt.getTime() + this.windowMs),
    };
    try {
      await this.sweep();
      await this.db
        .insert(previousKeys)
        .values({ name, ...row })
        .onConflictDoUpdate({ target: previousKeys.name, set: row });
      return true;
    } catch {
      return false;
    }
  }

  /** The previous value while the window lasts, else undefined (and the row is gone). */
  async recall(name: string): Promise<PreviousKey | undefined> {
    await this.sweep();
    const [row] = await this.db
      .select()
      .from(previousKeys)
      .where(and(eq(previousKeys.name, name), gt(previousKeys.expiresAt, this.now())));
    if (!row) return undefined;
    const value = decryptText(this.masterKey, row.envelope, aad(name));
    return { value, fingerprint: row.fingerprint, replacedAt: row.replacedAt };
  }

  /** Deletes every expired row (of any key). */
  async sweep(): Promise<void> {
    await this.db.delete(previousKeys).where(lte(previousKeys.expiresAt, this.now()));
  }
}

const aad = (name: string) => `previous-key:${name}`;
