/** Streams the CLI writes to; injected so commands can be tested in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * A subcommand: returns the process exit code (0 ok, 1 error, 2 usage, 3 uncertain rows,
 * 4 another Peaksend is sending the campaign, 130/143 stopped by SIGINT/SIGTERM).
 */
export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  readonly help: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** Thrown for a bad flag or argument; the CLI prints its one-line message and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
