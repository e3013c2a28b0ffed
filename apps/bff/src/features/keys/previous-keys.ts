import { decryptText, encrypt } from "../../crypto/encryption.ts";

/** How long the value a regeneration replaced is kept for the "previous key is refused" check. */
export const PREVIOUS_KEY_WINDOW_MS = 15 * 60_000;

export interface PreviousKey {
  value: string;
  fingerprint: string;
  replacedAt: Date;
}

interface Entry {
  envelope: string;
  fingerprint: string;
  replacedAt: Date;
  expiresAt: number;
}

/**
 * The value a regeneration replaced, kept ONLY in this process's memory, encrypted with the master key
 * (AES-256-GCM, bound to its key by associated data), for a short window so that verify-enforcement can
 * prove the old key is now refused; dropped at the end of the window. Never written anywhere.
 * See docs/decisions/004-previous-key-check.md.
 */
export class PreviousKeys {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly masterKey: Buffer,
    private readonly now: () => Date,
    private readonly windowMs = PREVIOUS_KEY_WINDOW_MS,
  ) {}

  remember(name: string, previous: PreviousKey): void {
    this.sweep();
    this.entries.set(name, {
      envelope: encrypt(this.masterKey, previous.value, aad(name)),
      fingerprint: previous.fingerprint,
      replacedAt: previous.replacedAt,
      expiresAt: previous.replacedAt.getTime() + this.windowMs,
    });
  }

  /** The previous value while the window lasts, else undefined (and the entry is gone). */
  recall(name: string): PreviousKey | undefined {
    this.sweep();
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const value = decryptText(this.masterKey, entry.envelope, aad(name));
    return { value, fingerprint: entry.fingerprint, replacedAt: entry.replacedAt };
  }

  private sweep(): void {
    const now = this.now().getTime();
    for (const [name, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(name);
  }
}

const aad = (name: string) => `previous-key:${name}`;
