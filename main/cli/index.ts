import { AppFailure } from '../../shared/contract/result';
import { UsageError, type CliCommand, type CliIo } from './cli-command';
import { cliDataDir } from './cli-data-dir';
import { cliErrorMessage } from './cli-error-message';
import { cliOutput, printable, wantsJson } from './cli-output';
import { EXIT, EXIT_CODES_HELP } from './exit-codes';
import { guardTerminal } from './terminal-text';

/** Subcommands load lazily so `peaksend sandbox` does not pay for the import pipeline. */
const commands: Record<string, () => Promise<CliCommand>> = {
  sandbox: async () => (await import('./sandbox-command')).sandboxCommand,
  'check-csv': async () => (await import('./check-csv-command')).checkCsvCommand,
  import: async () => (await import('./import-command')).importCommand,
  lists: async () => (await import('./lists-command')).listsCommand,
  'opt-outs': async () => (await import('./opt-outs-command')).optOutsCommand,
  send: async () => (await import('./send-command')).sendCommand,
  resume: async () => (await import('./resume-command')).resumeCommand,
  retry: async () => (await import('./retry-command')).retryCommand,
  uncertain: async () => (await import('./uncertain-command')).uncertainCommand,
  status: async () => (await import('./status-command')).statusCommand,
  export: async () => (await import('./export-command')).exportCommand,
};

/** Every command, as `peaksend --help` lists them (the README's table is checked against it). */
export const commandNames: readonly string[] = Object.keys(commands);

function usage(): string {
  return [
    'Usage: peaksend <command> [options]',
    '',
    'Commands:',
    ...Object.keys(commands).map((name) => `  ${name}`),
    '',
    'Run `peaksend <command> --help` for the options of a command.',
    '',
    EXIT_CODES_HELP,
  ].join('\n');
}

const defaultIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
};

/** The exit code and words for an error a command stopped on. */
function failureOf(
  error: unknown,
  dataDir: string,
): { code: number; kind: string; message: string } {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UsageError) return { code: EXIT.usage, kind: 'usage', message };
  // One line naming the campaign and who holds it, so a script can tell "busy" from "broken".
  if (error instanceof AppFailure && error.code === 'CAMPAIGN_BUSY') {
    return { code: EXIT.busy, kind: error.code, message };
  }
  return {
    code: EXIT.error,
    kind: error instanceof AppFailure ? error.code : 'error',
    // A damaged database or a full disk in the app's words.
    message: cliErrorMessage(error, dataDir),
  };
}

export async function runCli(argv: readonly string[], rawIo: CliIo = defaultIo): Promise<number> {
  // Every command prints through this: no control character from a file or reply gets through.
  const io = guardTerminal(rawIo);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${usage()}\n`);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const out = cliOutput(io, wantsJson(rest));
  const load = commands[name];
  if (!load) {
    const message = `unknown command "${printable(name)}". Run \`peaksend --help\` for the list.`;
    out.note('error', { kind: 'usage', message, exitCode: EXIT.usage }, `peaksend: ${message}`);
    return EXIT.usage;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.help}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const failure = failureOf(error, dataDirOf(rest, io));
    out.note(
      'error',
      { kind: failure.kind, message: failure.message, exitCode: failure.code },
      `peaksend ${name}: ${printable(failure.message)}`,
    );
    return failure.code;
  }
}

/** The data folder a command ran on (for the words of a storage error), as the command reads it. */
function dataDirOf(args: readonly string[], io: CliIo): string {
  const at = args.indexOf('--data-dir');
  const inline = args.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);
  return cliDataDir(at >= 0 ? args[at + 1] : inline, io.env);
}
