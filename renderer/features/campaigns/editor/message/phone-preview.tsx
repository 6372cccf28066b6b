import { useState } from 'react';
import type { Campaign } from '../../../../../shared/campaigns/campaign-types';
import { variantLabel } from '../../../../../shared/campaigns/message-variants';
import { formatCount, plural } from '../../../../lib/format';
import { useAnswer } from '../../../../lib/use-answer';
import { useCampaignEditor } from '../campaign-editor-store';
import './phone-preview.css';

/**
 * The message as one recipient will get it with `variant` (tagged links included), rendered by
 * the engine from the saved draft (so it lags typing by the autosave delay), with Previous /
 * Next through the audience.
 */
export function PhonePreview({
  campaign,
  sender,
  variant = 0,
}: {
  campaign: Campaign;
  sender: string;
  variant?: number;
}) {
  const [index, setIndex] = useState(0);
  const preview = useCampaignEditor((s) => s.preview);
  const hasAudience = campaign.listIds.length + campaign.segmentIds.length > 0;
  // updatedAt: the engine renders the saved draft, so ask again after every save.
  const key = hasAudience ? `${campaign.id}:${variant}:${index}:${campaign.updatedAt}` : null;
  const answer = useAnswer(
    key,
    async () => {
      const result = await preview(index, variant);
      // The audience shrank under the index: go back to the first recipient.
      if (result.ok && result.value === null && index > 0) setIndex(0);
      return result;
    },
    { keepPrevious: true },
  );
  const state =
    answer.state === 'failed'
      ? ({ kind: 'failed', message: answer.error.message } as const)
      : answer.state === 'ok' && answer.value
        ? ({ kind: 'shown', preview: answer.value } as const)
        : answer.state === 'ok' && !answer.stale && index === 0
          ? ({ kind: 'empty' } as const)
          : ({ kind: 'loading' } as const);

  const total = state.kind === 'shown' ? state.preview.total : 0;
  return (
    <section
      className="phone-preview"
      aria-label={
        campaign.variants.length > 1
          ? `Preview of ${variantLabel(campaign.variants, variant)} for a recipient`
          : 'Preview for a recipient'
      }
    >
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
