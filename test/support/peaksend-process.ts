import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const repoRoot = join(import.meta.dirname, '..', '..');

export interface PeaksendProcess {
  readonly child: ChildProcess;
  /** The exit code, or 128 + the signal's number when a signal ended it (as a shell reports it). */
  readonly exited: Promise<number>;
  stdout(): string;
  stderr(): string;
  /** Resolves with the first match of `pattern` in stderr; rejects after `ms` or at exit. */
  waitForStderr(pattern: RegExp, ms?: number): Promise<RegExpExecArray>;
}

const SIGNAL_NUMBERS: Record<string, number> = { SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

/**
 * Runs the real `peaksend` command (bin/peaksend.mjs, through tsx) as a child process with the
 * project's Node, the way a user or a script runs it.
 */
export function runPeaksend(
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): PeaksendProcess {
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'peaksend.mjs'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  let ended = false;
  const exited = new Promise<number>((resolve) =>
    child.on('exit', (code, signal) => {
      ended = true;
      resolve(code ?? 128 + (SIGNAL_NUMBERS[signal ?? ''] ?? 0));
    }),
  );
  const waitForStderr = async (pattern: RegExp, ms = 30_000) => {
    const end = Date.now() + ms;
    for (;;) {
      const match = pattern.exec(err);
      if (match) return match;
      if (ended || Date.now() > end) {
        throw new Error(`peaksend ${args[0]}: no ${String(pattern)} on stderr:\n${err}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { child, exited, stdout: () => out, stderr: () => err, waitForStderr };
}

/** A recipients CSV of `n` German mobile numbers with a first_name column. */
export function writeRecipientsCsv(path: string, n: number): string {
  const lines = ['phone,first_name'];
  for (let i = 1; i <= n; i++) lines.push(`+49152${String(i).padStart(8, '0')},Name${i}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** `peaksend send` arguments for `csv` against `baseUrl`, small batches so a send takes a while. */
export function sendArgs(
  csv: string,
  baseUrl: string,
  dataDir: string,
  extra: readonly string[] = [],
): string[] {
  return [
    'send',
    '--csv',
    csv,
    '--message',
    'Hi {first_name}',
    '--sender',
    'Brand',
    '--base-url',
    baseUrl,
    '--data-dir',
    dataDir,
    ...extra,
  ];
}

/** How many times the sandbox accepted each internal id more than once (0 = exactly once). */
export function duplicatesIn(received: readonly { internalId: string; accepted: boolean }[]) {
  const seen = new Map<string, number>();
  for (const m of received)
    if (m.accepted) seen.set(m.internalId, (seen.get(m.internalId) ?? 0) + 1);
  return [...seen.values()].filter((n) => n > 1).length;
}
