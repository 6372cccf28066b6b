import type { SafeStorage } from 'electron';
import type { TokenCipher } from '../vault/token-cipher';

/**
 * The OS keychain through Electron's async safeStorage API (the sync one is deprecated in 45).
 * On Linux, `basic_text` (or `unknown`) means a hard-coded key: we report it as unprotected so
 * the user must accept that explicitly.
 */
export function createSafeStorageCipher(
  safeStorage: SafeStorage,
  platform: NodeJS.Platform,
): TokenCipher {
  return {
    protection: async () => {
      const available = await safeStorage.isAsyncEncryptionAvailable();
      if (platform === 'linux') {
        const backend = safeStorage.getSelectedStorageBackend();
        if (!available || backend === 'basic_text' || backend === 'unknown') {
          return { level: 'unprotected', backend: `${backend} (no keyring found)` };
        }
        return { level: 'os-keychain', backend };
      }
      if (!available) return { level: 'unprotected', backend: 'unavailable' };
      return {
        level: 'os-keychain',
        backend: platform === 'darwin' ? 'macOS Keychain' : 'Windows DPAPI',
      };
    },
    encrypt: async (plain) => new Uint8Array(await safeStorage.encryptStringAsync(plain)),
    decrypt: async (bytes) => {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(bytes));
      return { plain: result, shouldReEncrypt };
    },
  };
}
