import { AppFailure } from '../../shared/contract/result';
import type { MainPorts } from './main-ports';

/** Settings → "Ask before showing or copying a token"; absent means on. */
export const CONFIRM_TOKEN_ACCESS_KEY = 'security.confirmTokenAccess';

/** Reveal and copy together, per main process: enough for a person, too few for a harvest. */
export const TOKEN_ACCESS_LIMIT = { count: 5, windowMs: 60_000 } as const;

export function confirmTokenAccess(ports: Pick<MainPorts, 'preferences'>): boolean {
  return ports.preferences.get(CONFIRM_TOKEN_ACCESS_KEY) !== false;
}

export type TokenAccess = 'show' | 'copy';

/**
 * The gate in front of every plaintext token that leaves main for a person (reveal, copy):
 * rate-limited first, so a page script cannot flood the user with questions, then confirmed
 * outside the page unless the user switched the question off (which itself was confirmed).
 */
export function tokenAccessGate(
  ports: Pick<MainPorts, 'preferences' | 'confirm' | 'now'>,
): (access: TokenAccess, streamName: string) => Promise<void> {
  const recent: number[] = [];
  return async (access, streamName) => {
    const now = ports.now();
    while (recent.length > 0 && (recent[0] ?? 0) <= now - TOKEN_ACCESS_LIMIT.windowMs) {
      recent.shift();
    }
    if (recent.length >= TOKEN_ACCESS_LIMIT.count) {
      throw new AppFailure(
        'RATE_LIMITED',
        `Tokens were shown or copied ${TOKEN_ACCESS_LIMIT.count} times in the last minute. ` +
          'Wait a minute, then try again.',
      );
    }
    recent.push(now);
    if (!confirmTokenAccess(ports)) return;
    const show = access === 'show';
    const yes = await ports.confirm({
      title: show ? 'Show token' : 'Copy token',
      message: show
        ? `Show the token of '${streamName}'?`
        : `Copy the token of '${streamName}' to the clipboard?`,
      detail:
        'Anyone with this token can send messages on your CommPeak account. ' +
        'You can stop this question in Settings.',
      confirmLabel: show ? 'Show token' : 'Copy token',
    });
    if (!yes) {
      throw new AppFailure(
        'NOT_CONFIRMED',
        show
          ? 'The token was not shown: showing it was not confirmed.'
          : 'The token was not copied: copying it was not confirmed.',
      );
    }
  };
}
