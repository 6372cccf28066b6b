import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TokenCipher } from './token-cipher';

/**
 * The browser preview's stand-in for the OS keychain: AES-256-GCM with a random key kept in a
 * file next to the data. Anyone who can read the data folder can read the tokens, so it always
 * reports itself as unprotected and the UI labels streams accordingly.
 */
export function createDevFileCipher(dataDir: string): TokenCipher {
  const keyFile = join(dataDir, 'dev-cipher.key');
  const key = (): Buffer => {
    if (!existsSync(keyFile)) {
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(keyFile, randomBytes(32), { mode: 0o600 });
    }
    return readFileSync(keyFile);
  };
  return {
    protection: async () => ({
      level: 'unprotected',
      backend: 'development file key (browser preview)',
    }),
    encrypt: async (plain) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key(), iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return new Uint8Array(Buffer.concat([iv, cipher.getAuthTag(), body]));
    },
    decrypt: async (bytes) => {
      const buf = Buffer.from(bytes);
      const decipher = createDecipheriv('aes-256-gcm', key(), buf.subarray(0, 12));
      decipher.setAuthTag(buf.subarray(12, 28));
      const plain = Buffer.concat([decipher.update(buf.subarray(28)), decipher.final()]).toString(
        'utf8',
      );
      return { plain, shouldReEncrypt: false };
    },
  };
}
