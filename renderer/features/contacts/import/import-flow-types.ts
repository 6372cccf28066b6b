import type {
  CsvDelimiter,
  CsvEncoding,
  ImportFinishedEvent,
  ImportProgressEvent,
  ImportReportView,
  IssueKind,
  RowIssueView,
} from '../../../../shared/contacts/contact-types';
import type { EngineStatusEvent } from '../../../../shared/contract/app-info-contract';
import type { ImportPreview } from '../../../../shared/contacts/import-types';
import type { ChosenFile } from '../../../../shared/contract/files-contract';
import type { Result } from '../../../../shared/contract/result';
import type { FilePick } from '../../../lib/pick-file';
import type { MappingDraft } from './mapping-draft';

// The import flow's steps, run and outcome, and the store's shape (import-store.ts holds it).

export type ImportStep = 'preview' | 'mapping' | 'importing' | 'report';

/** Where the rows go: a contact list, or the opt-out list (same steps, same report). */
export type ImportTarget = 'list' | 'optOuts';

/** Read settings the user changed in the preview; the rest is detected by the engine. */
export interface ReadChoices {
  readonly encoding?: CsvEncoding;
  readonly delimiter?: CsvDelimiter;
  readonly hasHeader?: boolean;
  /** A spreadsheet's sheet (index). */
  readonly sheet?: number;
}

export interface ImportRun {
  /** Null until startImport answers (its events may arrive first). */
  readonly importId: string | null;
  readonly progress: ImportProgressEvent | null;
  readonly canceling: boolean;
  readonly intoNewList: boolean;
  /** The engine stopped under the import; what became of it is asked once it is back. */
  readonly engineLost: boolean;
  /** Into the opt-out list: what was added stays when the run is canceled. */
  readonly optOuts: boolean;
}

export interface IssueQuery {
  readonly runId: number;
  readonly kind: IssueKind | null;
  readonly offset: number;
  readonly limit: number;
}

/**
 * `undo` says what the user may be told about their data: `done` — nothing was saved; `pending`
 * — the list stays "import interrupted — not usable" until the engine finishes the undo;
 * `unknown` — the engine stopped before it could say (it undoes the import when it starts).
 */
export type ImportOutcome =
  | { readonly kind: 'report'; readonly report: ImportReportView }
  | {
      readonly kind: 'failed';
      readonly message: string;
      readonly undo: 'done' | 'pending' | 'unknown';
      /** The engine stopped during the import (a crash, a kill). */
      readonly interrupted?: boolean;
    };

export interface ImportState {
  /** The flow exists (a file was chosen); `visible` says whether its dialog is shown. */
  readonly active: boolean;
  readonly visible: boolean;
  readonly choosing: boolean;
  readonly step: ImportStep;
  readonly target: ImportTarget;
  readonly file: ChosenFile | null;
  readonly choices: ReadChoices;
  readonly preview: ImportPreview | null;
  readonly previewLoading: boolean;
  readonly previewError: string | null;
  readonly mapping: MappingDraft | null;
  readonly run: ImportRun | null;
  readonly outcome: ImportOutcome | null;
  /** Pick or drop a file, then preview it. `listId` preselects "add to this list". */
  begin(pick: FilePick, listId?: number | null): Promise<void>;
  /** The same steps for a file of opt-outs. */
  beginOptOuts(pick: FilePick): Promise<void>;
  choose(patch: ReadChoices): Promise<void>;
  toMapping(): void;
  updateMapping(patch: Partial<MappingDraft>): void;
  back(): void;
  start(): Promise<void>;
  cancel(): Promise<void>;
  /** Close the dialog; a running import keeps going and shows a banner. */
  hide(): void;
  show(): void;
  reset(): void;
  /** `contacts:importProgress` and `contacts:importFinished` from the engine. */
  onProgress(progress: ImportProgressEvent): void;
  onFinished(event: ImportFinishedEvent): void;
  /** `app:engineStatus`: an engine that stops under an import is asked about it once back. */
  onEngineStatus(status: EngineStatusEvent): void;
  /** One page of the report's rows to check. */
  issues(query: IssueQuery): Promise<Result<{ rows: RowIssueView[]; total: number }>>;
  /** Save dialog in main, then the report's rows to check as a CSV; null when canceled. */
  exportReport(runId: number): Promise<Result<{ path: string; rows: number } | null>>;
}
