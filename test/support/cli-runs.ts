import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { runPeaksend } from './peaksend-process';
import { TEST_TOKEN } from './test-engine';

export const tokenEnv = { PEAKSEND_TOKEN: TEST_TOKEN };

/** Runs the real `peaksend` to its end: exit code and both streams. */
export async function peaksend(
  args: readonly string[],
  env: Readonly<Record<string, string>> = tokenEnv,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const p = runPeaksend(args, env);
  const code = await p.exited;
  return { code, stdout: p.stdout(), stderr: p.stderr() };
}

/** Every stderr line parsed as JSON: throws (failing the test) on a line that is not. */
export function jsonLines(stderr: string): Record<string, unknown>[] {
  return stderr
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`stderr line is not JSON: ${line}`);
      }
    });
}

/** A loopback port nobody listens on (taken and given back). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Every file of a folder (recursively) with a hash of its bytes: to show a command wrote nothing. */
export function folderSnapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      for (const [inner, hash] of Object.entries(folderSnapshot(path)))
        out[`${name}/${inner}`] = hash;
    } else out[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

/** A CSV of `rows` (the header first) at `path`. */
export function writeCsv(path: string, rows: readonly string[]): string {
  writeFileSync(path, `${rows.join('\n')}\n`);
  return path;
}
