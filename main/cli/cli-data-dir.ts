import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where the CLI keeps its database: --data-dir, else PEAKSEND_DATA_DIR, else ~/.peaksend-cli.
 * Not the desktop app's folder: two engines must never write one database at once.
 */
export function cliDataDir(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string {
  return resolve(flag ?? env.PEAKSEND_DATA_DIR ?? join(homedir(), '.peaksend-cli'));
}
