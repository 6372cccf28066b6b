import { dirname } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { AppFailure } from '../../../shared/contract/result';
import { describeStorageFault, storageFaultOf, type StorageFault } from '../db/storage-fault';
import type { ImportCounts } from './import-issue';
import { undoRun } from './import-run';

export interface RunRef {
  readonly runId: number;
  readonly fileName: string;
  readonly counts: ImportCounts;
}

/**
 * An import stopped (failed or canceled) and its undo could not commit because of the disk. The
 * run is still 'running', so its list stays "import interrupted — not usable"; whoever catches
 * this keeps the undo and tries it again once the disk allows (see DiskHealth).
 */
export class ImportNotUndone extends AppFailure {
  constructor(
    readonly run: RunRef,
    readonly fault: StorageFault,
    message: string,
  ) {
    super('STORAGE', message);
    this.name = 'ImportNotUndone';
  }
}

/**
 * Takes a stopped import back out and answers the error that tells the truth about it: the
 * words "nothing was saved" only after the undo committed, or `ImportNotUndone` when it could
 * not. A cancel answers null once undone.
 */
export function undoOrExplain(
  db: DatabaseSync,
  run: RunRef,
  stop: { readonly canceled: true } | { readonly error: unknown },
): AppFailure | null {
  const cause = 'error' in stop ? stop.error : null;
  const dataDir = dirname(db.location() ?? '.');
  const causeFault = cause === null ? null : storageFaultOf(cause);
  const message =
    cause === null
      ? null
      : causeFault
        ? `${describeStorageFault(causeFault, dataDir)} The import of ${run.fileName} stopped after ${run.counts.total} rows and was undone: nothing was saved.`
        : cause instanceof Error
          ? cause.message
          : String(cause);
  try {
    undoRun(db, run.runId, 'canceled' in stop ? 'canceled' : 'failed', run.counts, message);
  } catch (undoError) {
    const fault = storageFaultOf(undoError);
    if (!fault || fault.kind === 'corrupt') throw undoError;
    const stopped = 'canceled' in stop ? 'was canceled' : 'stopped';
    throw new ImportNotUndone(
      run,
      fault,
      `${describeStorageFault(fault, dataDir)} The import of ${run.fileName} ${stopped}, and undoing ` +
        'it could not be saved yet, so the list is marked "import interrupted — not usable" ' +
        'and cannot be sent to. Peaksend finishes the undo by itself once there is free space.',
    );
  }
  if ('canceled' in stop) return null;
  if (cause instanceof AppFailure) return cause;
  return new AppFailure(
    causeFault ? 'STORAGE' : 'INTERNAL',
    causeFault ? (message ?? '') : `The import failed: ${message}`,
  );
}
