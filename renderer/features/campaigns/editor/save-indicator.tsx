import { assertNever } from '../../../../shared/assert-never';
import { useCampaignEditor, type SaveState } from './campaign-editor-store';

function words(save: SaveState): string {
  switch (save.kind) {
    case 'idle':
      return '';
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'error':
      return `Not saved: ${save.message}`;
    default:
      return assertNever(save);
  }
}

/** "Saving…" / "Saved" / the error, announced politely; drafts are saved on this computer. */
export function SaveIndicator() {
  const save = useCampaignEditor((s) => s.save);
  const flush = useCampaignEditor((s) => s.flush);
  return (
    <div className={`save-indicator save-${save.kind}`}>
      <span role="status" aria-live="polite">
        {words(save)}
      </span>
      {save.kind === 'error' ? (
        <button type="button" className="small-button" onClick={() => void flush()}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
