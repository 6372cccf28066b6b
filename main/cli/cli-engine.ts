import type { DatabaseSync } from 'node:sqlite';
import { openDatabaseReadOnly } from '../engine/db/open-read-only';
import { createEngine, type Engine } from '../engine/engine';
import { cliDataDir } from './cli-data-dir';
import type { CliIo } from './cli-command';
import type { CliOutput } from './cli-output';

/**
 * The engine for a command that writes (import, send, resume, …), in-process, holding leases as
 * the CLI. Its log lines go through the command's output, so under --json they are JSON too.
 */
export function openCliEngine(dataDir: string | undefined, io: CliIo, out: CliOutput): Engine {
  return createEngine({ dataDir: cliDataDir(dataDir, io.env), kind: 'cli', log: out.log });
}

/**
 * The database for a command that only reads (lists, opt-outs list, status, uncertain, export):
 * read-only, no folder or file created, no migration, no recovery.
 */
export function openCliReadOnly(dataDir: string | undefined, io: CliIo): DatabaseSync {
  return openDatabaseReadOnly(cliDataDir(dataDir, io.env));
}

/** Runs `work` on the read-only database and closes it. */
export async function withReadOnly<T>(
  dataDir: string | undefined,
  io: CliIo,
  work: (db: DatabaseSync) => T | Promise<T>,
): Promise<T> {
  const db = openCliReadOnly(dataDir, io);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}
