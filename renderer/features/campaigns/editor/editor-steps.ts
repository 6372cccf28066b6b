import { assertNever } from '../../../../shared/assert-never';
import type { Campaign } from '../../../../shared/campaigns/campaign-types';

export type EditorStep = Campaign['draftStep'];

export const editorSteps: readonly { readonly id: EditorStep; readonly label: string }[] = [
  { id: 'audience', label: 'Audience' },
  { id: 'message', label: 'Message' },
  { id: 'review', label: 'Review' },
  { id: 'send', label: 'Send' },
];

/** Whether a step has what it needs; shown as a tick in the step bar, never a gate. */
export function stepComplete(step: EditorStep, c: Campaign): boolean {
  switch (step) {
    case 'audience':
      return c.listIds.length + c.segmentIds.length > 0;
    case 'message':
      return c.template.trim() !== '' && c.streamId !== null;
    case 'review':
    case 'send':
      return false;
    default:
      return assertNever(step);
  }
}

export function neighbourStep(step: EditorStep, delta: 1 | -1): EditorStep | null {
  const i = editorSteps.findIndex((s) => s.id === step);
  return editorSteps[i + delta]?.id ?? null;
}
