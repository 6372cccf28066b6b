import { useState } from 'react';
import type { Campaign } from '../../../../shared/campaigns/campaign-types';
import { peaksend } from '../../../peaksend-api';
import { useCampaignRoute } from '../campaign-route-store';
import { plural } from './format-progress';
import { statusLabel } from './progress-labels';
import { ProgressConfirm } from './progress-confirm';
import { runAction, useProgress } from './progress-store';

function StatusBadge({ campaign }: { campaign: Campaign }) {
  const { label, tone } = statusLabel(campaign.status);
  return (
    <span className={`badge cp-badge cp-tone-${tone}`}>
      {campaign.status === 'sending' ? <span className="cp-pulse" aria-hidden="true" /> : null}
      {label}
    </span>
  );
}

/** Name, status and stream, with the controls that change whether the campaign sends. */
export function ProgressHeader({ campaign, openRows }: { campaign: Campaign; openRows: number }) {
  const streamName = useProgress((s) => s.streamName);
  const back = () => useCampaignRoute.getState().open({ kind: 'list' });
  const [busy, setBusy] = useState<'pause' | 'resume' | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const { id, status } = campaign;

  const act = async (kind: 'pause' | 'resume') => {
    setBusy(kind);
    const api = peaksend().campaigns;
    const result =
      kind === 'pause'
        ? await runAction(() => api.pause({ id }), 'Could not pause')
        : await runAction(() => api.resume({ id }), 'Could not resume');
    if (result.ok) useProgress.getState().setCampaign(result.value);
    setBusy(null);
  };

  const canCancel = status === 'sending' || status === 'paused' || status === 'scheduled';
  return (
    <header className="cp-header">
      <button type="button" className="cp-back" onClick={back}>
        <span aria-hidden="true">←</span> Campaigns
      </button>
      <div className="cp-title-row">
        <div className="cp-title">
          <h1 tabIndex={-1}>{campaign.name}</h1>
          <p className="cp-subtitle">
            <StatusBadge campaign={campaign} />
            <span>
              via <strong>{streamName ?? 'a deleted stream'}</strong>
            </span>
          </p>
        </div>
        <div className="cp-controls">
          {status === 'sending' ? (
            <button
              type="button"
              disabled={busy !== null}
              aria-busy={busy === 'pause'}
              onClick={() => void act('pause')}
            >
              {busy === 'pause' ? 'Pausing…' : 'Pause'}
            </button>
          ) : null}
          {status === 'paused' ? (
            <button
              type="button"
              className="primary"
              disabled={busy !== null}
              aria-busy={busy === 'resume'}
              onClick={() => void act('resume')}
            >
              {busy === 'resume' ? 'Resuming…' : 'Resume'}
            </button>
          ) : null}
          {canCancel ? (
            <button type="button" className="danger" onClick={() => setConfirmCancel(true)}>
              Cancel campaign
            </button>
          ) : null}
        </div>
      </div>
      {confirmCancel ? (
        <ProgressConfirm
          title="Cancel the campaign?"
          confirmLabel="Cancel campaign"
          dismissLabel="Keep the campaign"
          danger
          onClose={() => setConfirmCancel(false)}
          onConfirm={() =>
            runAction(() => peaksend().campaigns.cancel({ id }), 'Could not cancel').then((r) => {
              if (r.ok) useProgress.getState().setCampaign(r.value);
            })
          }
        >
          <p>
            The {plural(openRows, 'recipient')} not yet sent will be skipped. Messages CommPeak has
            already accepted cannot be called back.
          </p>
        </ProgressConfirm>
      ) : null}
    </header>
  );
}
