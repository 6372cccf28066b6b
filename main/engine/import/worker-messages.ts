import type { MessagePort } from 'node:worker_threads';
import { AppFailure, errorCodes, type ErrorCode } from '../../../shared/contract/result';
import type { RowMapping } from './classify-row';
import type { ReadPlan, RecordRun } from './classified-blocks';
import type { BlockWants, ContactBlock } from './contact-block';

/** The reader: reads and splits the file, classifies its share, hands the rest on. */
export interface ReaderData {
  readonly role: 'reader';
  readonly plan: ReadPlan;
  /** One port per classifier worker (none on a two-core machine). */
  readonly classifiers: readonly MessagePort[];
  /** Blocks read but not yet written, at most: the back-pressure. */
  readonly window: number;
}

/** A classifier: classifies the record runs the reader sends it. */
export interface ClassifierData {
  readonly role: 'classifier';
  readonly mapping: RowMapping;
  readonly wants: BlockWants;
  readonly reader: MessagePort;
}

export type WorkerData = ReaderData | ClassifierData;

/** Reader → classifier. */
export interface RunMessage {
  readonly seq: number;
  readonly run: RecordRun;
}

/** Any worker → main. */
export type FromImportWorker =
  | { readonly type: 'block'; readonly seq: number; readonly block: ContactBlock }
  | { readonly type: 'done'; readonly blocks: number }
  | { readonly type: 'error'; readonly error: WorkerError };

/** Main → reader: `count` more blocks were written (their room in the window is free again). */
export interface ConsumedMessage {
  readonly type: 'consumed';
  readonly count: number;
}

/** An error as it crosses the thread boundary: an `AppFailure` keeps its code and words. */
export interface WorkerError {
  readonly code?: ErrorCode;
  readonly message: string;
  readonly fields?: Record<string, string>;
  readonly stack?: string;
}

export function toWorkerError(error: unknown): WorkerError {
  if (error instanceof AppFailure) {
    return {
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
    };
  }
  if (error instanceof Error) return { message: error.message, stack: error.stack };
  return { message: String(error) };
}

export function fromWorkerError(error: WorkerError): Error {
  if (error.code && (errorCodes as readonly string[]).includes(error.code)) {
    return new AppFailure(error.code, error.message, error.fields);
  }
  const rebuilt = new Error(error.message);
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}
