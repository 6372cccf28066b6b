import type { CliIo } from './cli-command';
import { terminalSafe } from './terminal-text';
/**
 * Text that came from a file or a reply (list and campaign names, CommPeak's words) goes through
 * this before it is printed: the security work's terminal escaper (ESC as \e, other controls as
 * \xNN, bidi controls as \uNNNN). runCli's guarded io catches anything that slips past.
 */
export const printable = terminalSafe;

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
