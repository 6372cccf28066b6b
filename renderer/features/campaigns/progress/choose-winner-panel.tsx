import { useState } from 'react';
import type { Campaign, CampaignProgress } from '../../../../shared/campaigns/campaign-types';
import {
  AWAITING_WINNER,
  variantKey,
  variantLabel,
  type VariantKey,
} from '../../../../shared/campaigns/message-variants';
import { formatCount, plural } from '../../../lib/format';
import { ProgressConfirm } from './progress-confirm';
import { useProgress } from './progress-store';

/**
 * After a test split's test share: each variant's delivered and failed figures, and the choice
 * of the variant the rest of the audience gets. Delivery reports keep coming in meanwhile.
 */
export function ChooseWinnerPanel({
  campaign,
  progress,
  heldElsewhere,
}: {
  campaign: Campaign;
  progress: CampaignProgress;
  heldElsewhere: boolean;
}) {
  const chooseWinner = useProgress((s) => s.chooseWinner);
  const [chosen, setChosen] = useState<VariantKey | null>(null);
  if (
    campaign.status !== 'paused' ||
    campaign.pauseReason?.kind !== 'chooseWinner' ||
    heldElsewhere
  ) {
    return null;
  }
  const rest = progress.variants.find((v) => v.variant === AWAITING_WINNER)?.byGroup.pending ?? 0;
  const figures = (key: string) => progress.variants.find((v) => v.variant === key);
  return (
    <section className="card cp-winner" aria-labelledby="cp-winner-title">
      <h2 id="cp-winner-title">Choose the winner</h2>
      <p>
        The test is sent. {plural(rest, 'recipient is', 'recipients are')} waiting for the variant
        you choose. Delivery reports keep coming in while you compare; clicks on tagged links show
        in your analytics, per variant.
      </p>
      <ul className="cp-winner-choices">
        {campaign.variants.map((_, i) => {
          const key = variantKey(i);
          // Chosen already (sending the rest stopped halfway): only that choice remains.
          if (campaign.winner !== null && campaign.winner !== key) return null;
          const f = figures(key);
          const label = variantLabel(campaign.variants, i);
          return (
            <li key={key}>
              <div>
                <strong dir="auto">{label}</strong>
                <span className="muted">
                  {formatCount(f?.byGroup.delivered ?? 0)} delivered ·{' '}
                  {formatCount(f?.byGroup.failed ?? 0)} failed · {formatCount(f?.total ?? 0)} in the
                  test
                </span>
              </div>
              <button type="button" className="primary" onClick={() => setChosen(key)}>
                Send the rest with {label}
              </button>
            </li>
          );
        })}
      </ul>
      {chosen ? (
        <ProgressConfirm
          title={`Send ${variantLabel(
            campaign.variants,
            campaign.variants.findIndex((_, i) => variantKey(i) === chosen),
          )} to the rest?`}
          confirmLabel="Send the rest"
          dismissLabel="Not yet"
          onClose={() => setChosen(null)}
          onConfirm={() => chooseWinner(chosen)}
        >
          <p>
            {plural(rest, 'recipient')} get this variant’s message. This cannot be changed once
            sending has started.
          </p>
        </ProgressConfirm>
      ) : null}
    </section>
  );
}
