import { AppFailure } from '../../shared/contract/result';
import type { CipherProtection, TokenCipher } from './token-cipher';

/** A token as stored: ciphertext (base64), a hint to tell tokens apart, its protection. */
export interface SealedToken {
  readonly tokenCipher: string;
  readonly tokenHint: string;
  readonly protection: CipherProtection['level'];
}

/** What the vault reads of a stored record (a stream record fits as it is). */
export interface StoredToken {
  readonly name: string;
  readonly tokenCipher: string | null;
}

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

/** "••••a3f2": enough to tell tokens apart, never enough to use one. */
export function tokenHint(token: string): string {
  return `••••${token.slice(-4)}`;
}

/**
 * Turns tokens into ciphertext for the store and back, only on demand. Nothing here keeps a
 * plaintext token beyond the call that needs it.
 */
export class TokenVault {
  constructor(private readonly cipher: TokenCipher) {}

  protection() {
    return this.cipher.protection();
  }

  /** Encrypts for storage; refuses unprotected storage unless the user accepted it. */
  async seal(token: string, acceptUnprotected: boolean): Promise<SealedToken> {
    const { level, backend } = await this.cipher.protection();
    if (level === 'unprotected' && !acceptUnprotected) {
      throw new AppFailure(
        'UNPROTECTED_STORAGE',
        `This computer has no protected key store (${backend}). The token would be stored ` +
          'without protection; choose "Store unprotected" to accept that.',
      );
    }
    return {
      tokenCipher: toBase64(await this.cipher.encrypt(token)),
      tokenHint: tokenHint(token),
      protection: level,
    };
  }

  /**
   * Decrypts a record's token. `onReEncrypt` receives fresh ciphertext when the OS rotated the
   * key, so the caller can persist it.
   */
  async open(record: StoredToken, onReEncrypt?: (cipher: string) => void): Promise<string> {
    if (!record.tokenCipher) {
      throw new AppFailure(
        'TOKEN_UNREADABLE',
        `Stream "${record.name}" has no token. Paste it again.`,
      );
    }
    let opened: { plain: string; shouldReEncrypt: boolean };
    try {
      opened = await this.cipher.decrypt(fromBase64(record.tokenCipher));
    } catch {
      throw new AppFailure(
        'TOKEN_UNREADABLE',
        `The token of "${record.name}" can no longer be read (the system keychain changed). Paste it again.`,
      );
    }
    if (opened.shouldReEncrypt && onReEncrypt) {
      onReEncrypt(toBase64(await this.cipher.encrypt(opened.plain)));
    }
    return opened.plain;
  }

  /** True when the ciphertext still decrypts; used to label unreadable tokens in the list. */
  async readable(record: StoredToken): Promise<boolean> {
    if (!record.tokenCipher) return false;
    try {
      await this.cipher.decrypt(fromBase64(record.tokenCipher));
      return true;
    } catch {
      return false;
    }
  }
}
