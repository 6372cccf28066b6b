import { useEffect, useState } from 'react';
import type { Campaign, MessagePreview } from '../../../../../shared/campaigns/campaign-types';
import { peaksend } from '../../../../peaksend-api';
import { formatCount, plural } from '../../format';
import './phone-preview.css';

type PreviewState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'shown'; readonly preview: MessagePreview }
  | { readonly kind: 'empty' }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * The message as one recipient will get it, rendered by the engine from the saved draft (so it
 * lags typing by the autosave delay), with Previous / Next through the audience.
 */
export function PhonePreview({ campaign, sender }: { campaign: Campaign; sender: string }) {
  const [index, setIndex] = useState(0);
  const [state, setState] = useState<PreviewState>({ kind: 'loading' });
  const hasAudience = campaign.listIds.length > 0;
  const { id, updatedAt } = campaign;

  useEffect(() => {
    if (!hasAudience) return undefined;
    let live = true;
    void peaksend()
      .campaigns.preview({ id, index })
      .then((r) => {
        if (!live) return;
        if (!r.ok) setState({ kind: 'failed', message: r.error.message });
        else if (r.value) setState({ kind: 'shown', preview: r.value });
        else if (index > 0) setIndex(0);
        else setState({ kind: 'empty' });
      });
    return () => {
      live = false;
    };
    // updatedAt: the engine renders the saved draft, so refresh after every save.
  }, [id, index, updatedAt, hasAudience]);

  const total = state.kind === 'shown' ? state.preview.total : 0;
  return (
    <section className="phone-preview" aria-label="Preview for a recipient">
      <div className="phone">
        <div className="phone-top">
          <span className="phone-sender">{sender || 'Sender'}</span>
        </div>
        <div className="phone-screen">
          {!hasAudience ? (
            <p className="phone-empty">Choose an audience to preview the message.</p>
          ) : state.kind === 'shown' ? (
            state.preview.text === '' ? (
              <p className="phone-empty">Write the message to see it here.</p>
            ) : (
              <p className="bubble" dir="auto" data-testid="preview-bubble">
                {state.preview.text}
              </p>
            )
          ) : state.kind === 'empty' ? (
            <p className="phone-empty">The chosen lists have no contacts.</p>
          ) : state.kind === 'failed' ? (
            <p className="phone-empty">Could not render the preview: {state.message}</p>
          ) : (
            <p className="phone-empty">Rendering…</p>
          )}
        </div>
      </div>
      {state.kind === 'shown' ? (
        <p className="preview-meta">
          <span className="mono">{state.preview.phone}</span>
          <span>
            {state.preview.encoding}, {plural(state.preview.parts, 'part')}
          </span>
        </p>
      ) : null}
      <div className="preview-nav">
        <button
          type="button"
          disabled={index === 0 || state.kind !== 'shown'}
          onClick={() => setIndex((i) => Math.max(0, i - 1))}
        >
          Previous
        </button>
        <span aria-live="polite">
          {state.kind === 'shown'
            ? `Recipient ${formatCount(index + 1)} of ${total > 100_000 ? 'over 100,000' : formatCount(total)}`
            : '—'}
        </span>
        <button
          type="button"
          disabled={state.kind !== 'shown' || index + 1 >= total}
          onClick={() => setIndex((i) => i + 1)}
        >
          Next
        </button>
      </div>
    </section>
  );
}
