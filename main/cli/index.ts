import { UsageError, type CliCommand, type CliIo } from './cli-command';
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
    io.stderr(`peaksend ${name}: ${message}\n`);
    return 1;
  }
}
