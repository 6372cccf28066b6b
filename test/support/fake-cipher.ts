import type { TokenCipher } from '../../main/vault/token-cipher';

/**
 * A reversible test cipher (XOR with a key byte) whose protection level, key rotation and
 * failure can be switched, to exercise the vault without an OS keychain.
 */
export function fakeCipher(options: { level?: 'os-keychain' | 'unprotected' } = {}): TokenCipher & {
  level: 'os-keychain' | 'unprotected';
  key: number;
  rotate: boolean;
  broken: boolean;
  encrypts: number;
} {
  const state = {
    level: options.level ?? ('os-keychain' as 'os-keychain' | 'unprotected'),
    key: 0x5a,
    rotate: false,
    broken: false,
    encrypts: 0,
  };
  return Object.assign(state, {
    protection: async () => ({
      level: state.level,
      backend: state.level === 'os-keychain' ? 'test keychain' : 'basic_text',
    }),
    encrypt: async (plain: string) => {
      state.encrypts++;
      const bytes = new TextEncoder().encode(plain);
      return new Uint8Array([state.key, ...bytes.map((b) => b ^ state.key)]);
    },
    decrypt: async (cipher: Uint8Array) => {
      if (state.broken || cipher[0] !== state.key) throw new Error('decrypt failed');
      const plain = new TextDecoder().decode(cipher.slice(1).map((b) => b ^ state.key));
      return { plain, shouldReEncrypt: state.rotate };
    },
  });
}
