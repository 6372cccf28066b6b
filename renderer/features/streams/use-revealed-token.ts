import { useCallback, useEffect, useRef, useState } from 'react';
import { peaksend } from '../../peaksend-api';
import { useToasts } from '../../ui/toast-store';

export const REVEAL_SECONDS = 30;

/**
 * A stream's token after the user's explicit "reveal", hidden again after 30 seconds, when the
 * window is hidden, or when the card unmounts (leaving the page). The plaintext lives only in
 * this hook's component-local state, never in a store or a toast.
 */
export function useRevealedToken(id: string) {
  const [token, setToken] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const showToast = useToasts((s) => s.show);

  const hide = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    setToken(null);
  }, []);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') hide();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.clearTimeout(timer.current);
    };
  }, [hide]);

  const reveal = useCallback(async () => {
    const result = await peaksend().streams.reveal({ id });
    if (!result.ok) {
      showToast('error', result.error.message);
      return;
    }
    window.clearTimeout(timer.current);
    setToken(result.value.token);
    timer.current = window.setTimeout(hide, REVEAL_SECONDS * 1000);
  }, [id, hide, showToast]);

  return { token, reveal, hide };
}
