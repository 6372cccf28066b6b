import { useRef, useState } from 'react';
import type { AppError } from '../../../shared/contract/result';
import { checkToken } from './stream-form';
import { useStreams } from './streams-store';
import { UNPROTECTED_REQUIRED } from './unprotected-choice';

/**
 * A token typed into a form (Add stream, Replace token), with the user's consent when this
 * computer cannot protect it. The token stays in its uncontrolled input until it is read.
 */
export function useTokenEntry(entering: boolean) {
  const storage = useStreams((s) => s.storage);
  const tokenRef = useRef<HTMLInputElement>(null);
  const [accepted, setAccepted] = useState(false);
  // Main may find the keychain gone after the dialog opened; then it asks here too.
  const [keychainLost, setKeychainLost] = useState(false);
  const needsAccept = entering && (storage?.level !== 'os-keychain' || keychainLost);
  return {
    storage,
    tokenRef,
    accepted,
    setAccepted,
    needsAccept,
    /** What goes to main with the token: the user's explicit choice, never a default. */
    acceptUnprotected: needsAccept && accepted,
    /** The trimmed token, or why it (or the missing consent) is refused. */
    read(): { token: string; errors: Record<string, string> } {
      const errors: Record<string, string> = {};
      const checked = checkToken(tokenRef.current?.value ?? '');
      if (!checked.ok) errors.token = checked.error;
      if (needsAccept && !accepted) errors.acceptUnprotected = UNPROTECTED_REQUIRED;
      return { token: checked.ok ? checked.value : '', errors };
    },
    /** A refused save: main may have found the keychain gone since the dialog opened. */
    refused(error: AppError): void {
      if (error.code === 'UNPROTECTED_STORAGE') setKeychainLost(true);
    },
  };
}

export type TokenEntry = ReturnType<typeof useTokenEntry>;
