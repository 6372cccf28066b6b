import { z } from 'zod';
import { AppFailure } from '../../shared/contract/result';
import { originOf } from '../../shared/streams/endpoint-origin';
import type { CipherProtection, TokenCipher } from './token-cipher';

/** A token as stored: ciphertext (base64) of the token bound to its origin, a hint, its protection. */
export interface SealedToken {
  readonly tokenCipher: string;
  /** Null for tokens under 12 characters: four of so few would give too much away. */
  readonly tokenHint: string | null;
  readonly protection: CipherProtection['level'];
  /** The ciphertext covers `{ token, origin }` (records from before binding hold the bare token). */
  readonly tokenBound: true;
}

/** What the vault reads of a stored record (a stream record fits as it is). */
export interface StoredToken {
  readonly name: string;
  readonly baseUrl: string;
  readonly tokenCipher: string | null;
  readonly tokenBound: boolean;
}

/** A decrypted token and the origin it was entered for. */
export interface OpenedToken {
  readonly token: string;
  readonly origin: string;
}

/** Fresh ciphertext to persist: the OS rotated its key, or a legacy record was bound. */
export type Rewrite = (sealed: Pick<SealedToken, 'tokenCipher' | 'tokenBound'>) => void;

const boundPlainSchema = z.object({ token: z.string().min(1), origin: z.string().min(1) });

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

/** A hint is shown only when the token is long enough that its last 4 do not give it away. */
export const MIN_HINTED_TOKEN_LENGTH = 12;

/** "••••a3f2": enough to tell tokens apart, never enough to use one. */
export function tokenHint(token: string): string | null {
  return token.length >= MIN_HINTED_TOKEN_LENGTH ? `••••${token.slice(-4)}` : null;
}

/**
 * Turns tokens into ciphertext for the store and back, only on demand. Nothing here keeps a
 * plaintext token beyond the call that needs it. The ciphertext binds the token to the origin
 * it was entered for, so a changed base URL cannot quietly take the token somewhere else.
 */
export class TokenVault {
  constructor(private readonly cipher: TokenCipher) {}

  protection() {
    return this.cipher.protection();
  }

  /** Encrypts for storage; refuses unprotected storage unless the user accepted it. */
  async seal(token: string, origin: string, acceptUnprotected: boolean): Promise<SealedToken> {
    const { level, backend } = await this.cipher.protection();
    if (level === 'unprotected' && !acceptUnprotected) {
      throw new AppFailure(
        'UNPROTECTED_STORAGE',
        `This computer has no protected key store (${backend}). The token would be stored ` +
          'without protection; choose "Store unprotected" to accept that.',
      );
    }
    return {
      tokenCipher: await this.encryptBound(token, origin),
      tokenHint: tokenHint(token),
      protection: level,
      tokenBound: true,
    };
  }

  /**
   * Decrypts a record's token with the origin it is bound to. A record from before binding is
   * bound to its current base URL's origin, and `onRewrite` receives the new ciphertext (as it
   * does when the OS rotated the key), so the caller can persist it.
   */
  async open(record: StoredToken, onRewrite?: Rewrite): Promise<OpenedToken> {
    if (!record.tokenCipher) {
      throw new AppFailure(
        'TOKEN_UNREADABLE',
        `Stream "${record.name}" has no token. Paste it again.`,
      );
    }
    const opened = await this.decrypt(record.name, record.tokenCipher);
    let bound: OpenedToken;
    if (record.tokenBound) {
      const parsed = parseJson(opened.plain);
      const checked = boundPlainSchema.safeParse(parsed);
      if (!checked.success) throw unreadable(record.name);
      bound = checked.data;
    } else {
      const origin = originOf(record.baseUrl);
      if (!origin) throw unreadable(record.name);
      bound = { token: opened.plain, origin };
    }
    if ((opened.shouldReEncrypt || !record.tokenBound) && onRewrite) {
      onRewrite({
        tokenCipher: await this.encryptBound(bound.token, bound.origin),
        tokenBound: true,
      });
    }
    return bound;
  }

  /** True when the ciphertext still decrypts; used to label unreadable tokens in the list. */
  async readable(record: Pick<StoredToken, 'tokenCipher'>): Promise<boolean> {
    if (!record.tokenCipher) return false;
    try {
      await this.cipher.decrypt(fromBase64(record.tokenCipher));
      return true;
    } catch {
      return false;
    }
  }

  private async encryptBound(token: string, origin: string): Promise<string> {
    return toBase64(await this.cipher.encrypt(JSON.stringify({ token, origin })));
  }

  private async decrypt(name: string, tokenCipher: string) {
    try {
      return await this.cipher.decrypt(fromBase64(tokenCipher));
    } catch {
      throw unreadable(name);
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function unreadable(name: string): AppFailure {
  return new AppFailure(
    'TOKEN_UNREADABLE',
    `The token of "${name}" can no longer be read (the system keychain changed). Paste it again.`,
  );
}
