import type { CliIo } from './cli-command';

/**
 * Control characters a terminal acts on: C0 (ESC starts colour, title and screen sequences; CR
 * and LF forge lines), DEL, C1 (U+009B is an 8-bit CSI) and the bidi overrides and isolates that
 * reorder what is shown.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here.
const CONTROLS = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same set minus tab and line feed, which the CLI's own output is made of. */
const CONTROLS_BUT_LAYOUT =
  // eslint-disable-next-line no-control-regex -- as above.
  /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const hex = (code: number, digits: number) => code.toString(16).padStart(digits, '0');

function shown(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code === 0x1b) return '\\e';
  return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
}

/**
 * Text that came from a file or a reply (CSV cells and column names, file and list names,
 * CommPeak's error details), made inert for a terminal: ESC shows as `\e`, other C0/C1
 * controls — CR and LF included — as `\xNN`, bidi controls as `\uNNNN`. Every command puts such
 * text through this before printing it.
 */
export function terminalSafe(text: string): string {
  return text.replace(CONTROLS, shown);
}

/**
 * The shared print path (runCli wraps every command's io with it): whatever a command writes,
 * no control character but the line breaks and tabs the CLI writes itself reaches the
 * terminal. C1 and bidi controls become `\u00NN`/`\uNNNN`, which keeps `--json` lines valid JSON
 * (JSON.stringify escapes C0 itself but leaves C1 as is).
 */
export function guardTerminal(io: CliIo): CliIo {
  const guard = (text: string) =>
    text.replace(CONTROLS_BUT_LAYOUT, (ch) =>
      ch.charCodeAt(0) < 0x80 ? shown(ch) : `\\u${hex(ch.charCodeAt(0), 4)}`,
    );
  return {
    stdout: (text) => io.stdout(guard(text)),
    stderr: (text) => io.stderr(guard(text)),
    env: io.env,
  };
}
