import { createInterface } from 'node:readline/promises';
import type { ConfirmPort, ConfirmRequest } from '../ports/confirm';

/**
 * `--confirm-tokens`: `ask` (the default) asks on the host's own terminal and refuses when there
 * is none; `allow` says yes to everything, for automated tests only.
 */
export const confirmTokensModes = ['ask', 'allow'] as const;
export type ConfirmTokensMode = (typeof confirmTokensModes)[number];

export interface HostTerminal {
  readonly input: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly output: NodeJS.WritableStream;
}

/** An unanswered question counts as "no" after this long, so a call never hangs for good. */
export const TERMINAL_ANSWER_TIMEOUT_MS = 120_000;

export const ALLOW_NOTICE =
  'Peaksend preview: --confirm-tokens allow — tokens are shown, copied and sent to custom ' +
  'endpoints without asking. For automated tests only.';

/**
 * The browser preview's confirmation port. The page cannot answer it: the question goes to the
 * terminal the host was started from (`y` to agree, anything else refuses), one at a time.
 */
export function terminalConfirm(
  mode: ConfirmTokensMode,
  terminal: HostTerminal,
  log: (line: string) => void,
  timeoutMs = TERMINAL_ANSWER_TIMEOUT_MS,
): ConfirmPort {
  let queue: Promise<unknown> = Promise.resolve();
  return (request) => {
    if (mode === 'allow') {
      log(
        `(preview) confirmed without asking (--confirm-tokens allow): ${printable(request.message)}`,
      );
      return Promise.resolve(true);
    }
    if (!terminal.input.isTTY) {
      log(
        `(preview) refused "${printable(request.message)}": no terminal to ask on ` +
          '(start the host from a terminal, or with --confirm-tokens allow for tests)',
      );
      return Promise.resolve(false);
    }
    const answer = queue.then(() => askOnce(terminal, request, timeoutMs));
    queue = answer.catch(() => undefined);
    return answer;
  };
}

/** A stream name is the user's text: its control characters must not redraw the question. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) =>
    c === '\u001b' ? '\\e' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

async function askOnce(
  terminal: HostTerminal,
  request: ConfirmRequest,
  timeoutMs: number,
): Promise<boolean> {
  const rl = createInterface({ input: terminal.input, output: terminal.output, terminal: false });
  try {
    terminal.output.write(`\n${printable(request.title)}: ${printable(request.detail)}\n`);
    const reply = await rl.question(`${printable(request.message)} [y/N] `, {
      signal: AbortSignal.timeout(timeoutMs),
    });
    return /^\s*y(es)?\s*$/i.test(reply);
  } catch {
    terminal.output.write('\n(no answer: refused)\n');
    return false;
  } finally {
    rl.close();
  }
}
