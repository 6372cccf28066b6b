import type { CliIo } from './cli-command';

/**
 * Control characters a terminal acts on (ESC sequences, CR/LF that forge lines, C1, bidi
 * overrides). Text that came from a file or a reply (list and campaign names, CommPeak's words)
 * goes through `printable` before it is printed.
 *
 * TODO(w17b): the security work's shared escaper (main/cli/terminal-text.ts `terminalSafe`)
 * replaces this one line when it lands; every command already prints through `printable`.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here.
const CONTROLS = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export const printable = (text: string): string =>
  text.replace(CONTROLS, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0x1b) return '\\e';
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });

export type LogLevel = 'info' | 'warn' | 'error';

/**
 * The one way a command prints. stdout carries the result (one JSON object under `--json`);
 * stderr carries notes, progress, engine log lines and the final error. Under `--json` EVERY
 * stderr line is one JSON object with an `event` field, so a script can parse all of it.
 */
export interface CliOutput {
  readonly json: boolean;
  /** The command's result: `value` as one JSON line under --json, else `text` (as given). */
  result(value: unknown, text: string): void;
  /** A stderr line: `{"event": event, ...fields}` under --json, else `text`. */
  note(event: string, fields: Readonly<Record<string, unknown>>, text: string): void;
  /** Engine log lines (recovery warnings, …), never as `[warn]` text under --json. */
  log(level: LogLevel, message: string): void;
}

export function cliOutput(io: CliIo, json: boolean): CliOutput {
  const line = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  return {
    json,
    result: (value, text) => io.stdout(json ? `${JSON.stringify(value)}\n` : line(text)),
    note: (event, fields, text) =>
      io.stderr(json ? `${JSON.stringify({ event, ...fields })}\n` : line(text)),
    log: (level, message) =>
      io.stderr(
        json
          ? `${JSON.stringify({ event: 'log', level, message })}\n`
          : `[${level}] ${printable(message)}\n`,
      ),
  };
}

/** Whether a command line asked for JSON output (runCli needs it before the command parses). */
export function wantsJson(args: readonly string[]): boolean {
  return args.includes('--json');
}
