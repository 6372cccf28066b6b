import { listenFailureLine } from '../../shared/net/listen-failure';
import { loadSandboxConfigFile, SandboxConfigError } from '../sandbox/load-sandbox-config';
import { profileNames, type ProfileName, type SandboxConfigInput } from '../sandbox/sandbox-config';
import { startSandbox } from '../sandbox/start-sandbox';
import { UsageError, type CliCommand, type CliIo } from './cli-command';
import { intFlag, parseFlags } from './parse-flags';

const help = `Usage: peaksend sandbox [options]

Runs a local server that speaks CommPeak's Streams SMS API (POST /simple_send/ and
/messages_status/) without sending real messages. Prints one line, READY <base-url>, once it
listens, then serves until Ctrl+C (SIGINT) or SIGTERM.

Options:
  --host HOST       Address to listen on (default 127.0.0.1).
  --port N          Port to listen on, 0 = any free port (default 0).
  --token T         Accepted API token; repeat for several streams (default sandbox-token).
  --profile NAME    Behaviour: ${profileNames.join(', ')} (default clean).
                      clean      no faults, 5 ms latency
                      realistic  20-80 ms latency, 100 parts/s per token, some undelivered
                      flaky      timeouts, resets, 5xx before/after accepting, RATE_LIMIT bursts
                      down       not listening (connection refused)
                      auth       every call answers 403 Not authenticated
  --config FILE     JSON config: a profile plus overrides (latencyMs, batchCap, partsPerSecond,
                    delivery, faults, tokens with allowedIps/allowedSenders, ...). Flags win.
  -h, --help        Show this help.

Introspection (send one of the tokens in Authorization): GET <base-url>/_sandbox/received,
GET <base-url>/_sandbox/stats; switches: POST /_sandbox/profile, POST /_sandbox/fault.`;

const flagSpec = {
  host: { type: 'string' },
  port: { type: 'string' },
  token: { type: 'string', multiple: true },
  profile: { type: 'string' },
  config: { type: 'string' },
} as const;

function profileFlag(value: string | undefined): ProfileName | undefined {
  if (value === undefined) return undefined;
  const found = profileNames.find((name) => name === value);
  if (!found) {
    throw new UsageError(`unknown profile "${value}" (choose one of: ${profileNames.join(', ')})`);
  }
  return found;
}

async function buildConfig(args: readonly string[]): Promise<SandboxConfigInput> {
  const { values } = parseFlags(args, flagSpec);
  const port = intFlag(values.port, 'port', 0, 65535);
  const profile = profileFlag(values.profile);
  if (values.host !== undefined && values.host.trim() === '')
    throw new UsageError('--host must not be empty');
  const tokens = values.token?.map((t) => t.trim());
  if (tokens?.some((t) => t === '')) throw new UsageError('--token must not be empty');
  let config: SandboxConfigInput = {};
  if (values.config !== undefined) {
    try {
      config = await loadSandboxConfigFile(values.config);
    } catch (error) {
      if (error instanceof SandboxConfigError && error.reason === 'invalid') {
        throw new UsageError(error.message);
      }
      throw error;
    }
  }
  return {
    ...config,
    ...(values.host !== undefined && { host: values.host }),
    ...(port !== undefined && { port }),
    ...(profile !== undefined && { profile }),
    ...(tokens !== undefined && { tokens }),
  };
}

function untilSignal(stop: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      stop?.removeEventListener('abort', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
    if (stop?.aborted) done();
    else stop?.addEventListener('abort', done);
  });
}

/**
 * The command body; `stop` lets in-process callers end it the way SIGINT does. Resolves with
 * the exit code once the sandbox has closed.
 */
export async function runSandboxCommand(
  args: readonly string[],
  io: CliIo,
  stop?: AbortSignal,
): Promise<number> {
  const config = await buildConfig(args);
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  try {
    sandbox = await startSandbox(config);
  } catch (error) {
    const line = listenFailureLine(error, config.port ?? 0);
    if (line === null) throw error;
    io.stderr(`${line}\n`);
    return 1;
  }
  io.stdout(`READY ${sandbox.baseUrl}\n`);
  io.stderr(
    `peaksend sandbox: profile ${sandbox.profile()}; no real messages are sent. Ctrl+C stops it.\n`,
  );
  await untilSignal(stop);
  await sandbox.close();
  return 0;
}

export const sandboxCommand: CliCommand = {
  name: 'sandbox',
  summary: 'Run a local CommPeak look-alike server for trying and testing campaigns',
  help,
  run: (args, io) => runSandboxCommand(args, io),
};
