import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import {
  csvDelimiters,
  csvEncodings,
  type ContactListView,
  type ImportFinishedEvent,
  type ImportOutcomeView,
  type ImportReportView,
} from '../../../shared/contacts/contact-types';
import { AppFailure } from '../../../shared/contract/result';
import type { EmitEngineEvent } from '../../engine-contract/engine-events';
import { getList } from '../contacts/contact-list';
import { describeStorageFault, storageFaultOf } from '../db/storage-fault';
import type { PipelineHooks } from '../import/import-progress';
import { getImportRun, runByKey, undoInterruptedRun, type ImportRun } from '../import/import-run';
import { ImportNotUndone } from '../import/import-undo';
import type { CleanupTask, DiskHealth } from '../upkeep/disk-health';

/** What a background import run gets: its key, cancel signal, progress and run-id hooks. */
export interface ImportRunHooks extends PipelineHooks {
  readonly importKey: string;
  readonly signal: AbortSignal;
  readonly onRun: (runId: number) => void;
}

/** The clean-up kept for an import whose undo the disk refused. */
export function undoTask(db: DatabaseSync, runId: number, fileName: string): CleanupTask {
  return {
    key: `import-undo:${runId}`,
    label: `Undo the interrupted import of ${fileName}`,
    run: () => undoInterruptedRun(db, getImportRun(db, runId)),
  };
}

/**
 * Imports running in the background of this engine: the renderer follows each through events
 * keyed by its `importId`, which is also stored with its run so that, after the engine died
 * under an import, `outcome` can still say what became of it.
 */
export class BackgroundImports {
  private readonly controllers = new Map<string, AbortController>();
  private readonly activeRuns = new Set<number>();

  constructor(
    private readonly d: {
      readonly db: DatabaseSync;
      readonly dataDir: string;
      readonly emit: EmitEngineEvent;
      readonly disk: DiskHealth;
    },
  ) {}

  /**
   * Starts `run` in the background (a contact import, or one into the opt-outs) with the hooks
   * and the import key that tie it to its `importId`.
   */
  start(run: (hooks: ImportRunHooks) => Promise<ImportReportView>): { importId: string } {
    const importId = randomUUID();
    const controller = new AbortController();
    this.controllers.set(importId, controller);
    let runId: number | null = null;
    void run({
      importKey: importId,
      signal: controller.signal,
      onProgress: (p) => this.d.emit('contacts:importProgress', { importId, ...p }),
      onRun: (id) => {
        runId = id;
        this.activeRuns.add(id);
      },
    })
      .then(
        (report): ImportFinishedEvent => ({ importId, ok: true, report }),
        (error: unknown) => this.failed(importId, error),
      )
      .then((done) => {
        this.controllers.delete(importId);
        if (runId !== null) this.activeRuns.delete(runId);
        this.d.emit('contacts:importFinished', done);
      });
    return { importId };
  }

  cancel(importId: string): void {
    this.controllers.get(importId)?.abort();
  }

  /** The lists, with "interrupted" for imports that are not running in this engine. */
  markLists(lists: ContactListView[]): ContactListView[] {
    return lists.map((l) =>
      l.importing && !this.activeRuns.has(l.importing.runId)
        ? { ...l, importing: { ...l.importing, state: 'interrupted' } }
        : l,
    );
  }

  outcome(importId: string): ImportOutcomeView {
    if (this.controllers.has(importId)) return { state: 'running' };
    const run = runByKey(this.d.db, importId);
    // Never recorded: the engine stopped before the import wrote anything.
    if (!run) return finished(importId, 'Nothing was saved.', 'done');
    switch (run.status) {
      case 'running':
        return finished(
          importId,
          `The import of ${run.fileName} was interrupted, and undoing it is still waiting ` +
            '(the disk is full or was not writable): the list is marked "import interrupted — ' +
            'not usable" until Peaksend finishes the undo.',
          'pending',
        );
      case 'done':
        return { state: 'finished', event: { importId, ok: true, report: this.report(run) } };
      case 'canceled':
      case 'failed':
        return finished(importId, run.error ?? 'The import did not finish.', 'done');
    }
  }

  private failed(importId: string, error: unknown): ImportFinishedEvent {
    if (error instanceof ImportNotUndone) {
      const { runId, fileName } = error.run;
      this.d.disk.postpone(undoTask(this.d.db, runId, fileName), error.fault);
      return { importId, ok: false, message: error.message, undo: 'pending' };
    }
    if (error instanceof AppFailure) {
      return { importId, ok: false, message: error.message, undo: 'done' };
    }
    // Not one of ours (the first write refused by a full disk, a bug): whether anything is left
    // behind is read back rather than assumed.
    const fault = storageFaultOf(error);
    const why = fault ? `${describeStorageFault(fault, this.d.dataDir)} ` : '';
    if (runByKey(this.d.db, importId)?.status === 'running') {
      return {
        importId,
        ok: false,
        message: `${why}The import failed and could not be undone: the list is marked "import interrupted — not usable".`,
        undo: 'pending',
      };
    }
    return {
      importId,
      ok: false,
      message: `${why}The import failed; nothing was saved.`,
      undo: 'done',
    };
  }

  /** A finished run's report as far as the database keeps it (for `outcome`). */
  private report(run: ImportRun): ImportReportView {
    const list = run.listId === null ? null : getList(this.d.db, run.listId);
    return {
      runId: run.id,
      listId: run.listId,
      status: 'done',
      total: run.total,
      imported: run.imported,
      invalid: run.invalid,
      duplicates: run.duplicates,
      suppressed: run.suppressed,
      warnings: run.warnings,
      fileName: run.fileName,
      // The run keeps no format of its own; its file name is a good enough hint for this recap.
      format: /\.xlsx$/i.test(run.fileName) ? 'xlsx' : /\.ods$/i.test(run.fileName) ? 'ods' : 'csv',
      sheetName: null,
      defaultCountry: run.defaultCountry,
      encoding: csvEncodings.find((e) => e === run.encoding) ?? 'utf-8',
      delimiter: csvDelimiters.find((d) => d === run.delimiter) ?? ',',
      phoneColumn: list?.phoneColumn ?? '',
      fields: list?.columns ?? [],
      durationMs: run.finishedAt ? Date.parse(run.finishedAt) - Date.parse(run.startedAt) : 0,
    };
  }
}

function finished(importId: string, message: string, undo: 'done' | 'pending'): ImportOutcomeView {
  return { state: 'finished', event: { importId, ok: false, message, undo } };
}
