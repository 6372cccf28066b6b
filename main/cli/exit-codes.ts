/**
 * Exit codes of every `peaksend` command (documented in `--help` and the README; scripts and
 * outside checks depend on them).
 */
export const EXIT = {
  /** Done: every recipient is final (or the command did what it was asked). */
  ok: 0,
  /** An error, or the campaign paused (the reason is on stderr). */
  error: 1,
  /** Bad flags or arguments. */
  usage: 2,
  /** The run ended but some recipients are uncertain (`peaksend uncertain` resolves them). */
  uncertain: 3,
  /** Another Peaksend (the app or another CLI) is sending that campaign right now. */
  busy: 4,
  /** Stopped by SIGINT / SIGTERM (128 + the signal's number); `resume` continues. */
  sigint: 130,
  sigterm: 143,
} as const;

export const EXIT_CODES_HELP = `Exit codes: 0 every recipient final, 3 some uncertain, 1 error or paused (the reason is
on stderr), 2 bad usage, 4 another Peaksend (the app or another CLI) is sending that campaign,
130/143 stopped by SIGINT/SIGTERM (answers in flight are waited for, up to 10 s; resume continues).`;
