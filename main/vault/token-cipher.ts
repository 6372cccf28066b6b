/**
 * Encrypts stream tokens. In the app: Electron's async safeStorage (OS keychain). In the browser
 * preview and tests: a file-key development cipher that always reports itself as unprotected.
 */
export interface TokenCipher {
  /** Whether a token stored now would be protected by an OS secret store. */
  protection(): Promise<CipherProtection>;
  encrypt(plain: string): Promise<Uint8Array>;
  /** Throws when the ciphertext cannot be decrypted (keychain changed, file copied elsewhere). */
  decrypt(cipher: Uint8Array): Promise<{ plain: string; shouldReEncrypt: boolean }>;
}

export interface CipherProtection {
  readonly level: 'os-keychain' | 'unprotected';
  /** Shown to the user: "macOS Keychain", "basic_text (no keyring found)", … */
  readonly backend: string;
}
