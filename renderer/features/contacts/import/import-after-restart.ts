import type { ImportFinishedEvent } from '../../../../shared/contacts/contact-types';
import { peaksend } from '../../../peaksend-api';

export type AfterRestart =
  | { readonly kind: 'running' }
  | { readonly kind: 'finished'; readonly event: ImportFinishedEvent }
  | { readonly kind: 'unknown'; readonly message: string };

/**
 * Asks the engine that started after the one running the import what became of it: the new
 * engine undid the run at start (or could not yet, on a full disk), or it had finished. An
 * import that never got an id never wrote anything the engine would keep.
 */
export async function outcomeAfterRestart(importId: string | null): Promise<AfterRestart> {
  if (importId === null) {
    return {
      kind: 'finished',
      event: { importId: '', ok: false, message: 'Nothing was saved.', undo: 'done' },
    };
  }
  const result = await peaksend().contacts.importOutcome({ importId });
  if (!result.ok) return { kind: 'unknown', message: result.error.message };
  return result.value.state === 'running'
    ? { kind: 'running' }
    : { kind: 'finished', event: result.value.event };
}
