import { DRAIN_MS } from '../engine/sending/send-coordinator';
import type { CliOutput } from './cli-output';
import { EXIT } from './exit-codes';

export type StopSignal = 'SIGINT' | 'SIGTERM';

/** The shell's convention: 128 + the signal's number. */
export const SIGNAL_EXIT: Record<StopSignal, number> = {
  SIGINT: EXIT.sigint,
  SIGTERM: EXIT.sigterm,
};

export interface StopSignals {
  /** The first signal received, if any. */
  readonly signal: StopSignal | null;
  dispose(): void;
}

/**
 * SIGINT/SIGTERM stop a run gracefully: `stop` pauses the campaign (nothing more is dispatched,
 * answers in flight are waited for, at most DRAIN_MS, and recorded), so a Ctrl+C never turns
 * answered messages into "uncertain". A second signal exits at once.
 */
export function watchStopSignals(out: CliOutput, stop: () => void): StopSignals {
  let signal: StopSignal | null = null;
  const on = (sig: StopSignal) => () => {
    if (signal) {
      out.note(
        'signal',
        { signal: sig, again: true },
        `peaksend: ${sig} again: stopping now; answers still on their way are lost`,
      );
      process.exit(SIGNAL_EXIT[sig]);
    }
    signal = sig;
    out.note(
      'signal',
      { signal: sig, drainSeconds: DRAIN_MS / 1000 },
      `peaksend: ${sig}: stopping; waiting up to ${DRAIN_MS / 1000} s for answers in flight (send it again to stop at once)`,
    );
    stop();
  };
  const onInt = on('SIGINT');
  const onTerm = on('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    get signal() {
      return signal;
    },
    dispose: () => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}
