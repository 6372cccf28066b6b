import { AppFailure } from '../../shared/contract/result';
import { UsageError, type CliCommand, type CliIo } from './cli-command';
import { cliDataDir } from './cli-data-dir';
import { cliErrorMessage } from './cli-error-message';
import { guardTerminal, terminalSafe } from './terminal-text';

/** Subcommands load lazily so `peaksend sandbox` does not pay for the import pipeline. */
const commands: Record<string, () => Promise<CliCommand>> = {
  sandbox: async () => (await import('./sandbox-command')).sandboxCommand,
  'check-csv': async () => (await import('./check-csv-command')).checkCsvCommand,
  send: async () => (await import('./send-command')).sendCommand,
  resume: async () => (await import('./resume-command')).resumeCommand,
  status: async () => (await import('./status-command')).statusCommand,
};

function usage(): string {
  return [
    'Usage: peaksend <command> [options]',
    '',
    'Commands:',
    ...Object.keys(commands).map((name) => `  ${name}`),
    '',
    'Run `peaksend <command> --help` for the options of a command.',
  ].join('\n');
}

const defaultIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
};

export async function runCli(argv: readonly string[], rawIo: CliIo = defaultIo): Promise<number> {
  // Every command prints through this: no control character from a file or reply gets through.
  const io = guardTerminal(rawIo);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  if (!load) {
    io.stderr(
      `peaksend: unknown command "${terminalSafe(name)}". Run \`peaksend --help\` for the list.\n`,
    );
    return 2;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const message = terminalSafe(error instanceof Error ? error.message : String(error));
    if (error instanceof UsageError) {
      io.stderr(`peaksend ${name}: ${message}\n`);
      return 2;
    }
    // One line naming the campaign and who holds it, so a script can tell "busy" from "broken".
    if (error instanceof AppFailure && error.code === 'CAMPAIGN_BUSY') {
      io.stderr(`peaksend ${name}: ${message}\n`);
      return 4;
    }
    io.stderr(`peaksend ${name}: ${terminalSafe(cliErrorMessage(error, dataDirOf(rest, io)))}\n`);
    return 1;
  }
}

/** The data folder a command ran on (for the words of a storage error), as the command reads it. */
function dataDirOf(args: readonly string[], io: CliIo): string {
  const at = args.indexOf('--data-dir');
  const inline = args.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);
  return cliDataDir(at >= 0 ? args[at + 1] : inline, io.env);
}
