import { useState } from 'react';
import type { Campaign } from '../../../../shared/campaigns/campaign-types';
import { plural } from '../../../lib/format';
import { BusyButton } from '../../../ui/busy-button';
import { useStreams } from '../../streams/streams-store';
import { useCampaignRoute } from '../campaign-route-store';
import { ProgressConfirm } from './progress-confirm';
import { statusLabel } from './progress-labels';
import { useProgress } from './progress-store';

function StatusBadge({ campaign, waiting }: { campaign: Campaign; waiting: boolean }) {
  // Stalled by an outage: "Sending" with a pulse would read as progress.
  const { label, tone } = waiting
    ? { label: 'Waiting', tone: 'warning' }
    : statusLabel(campaign.status);
  return (
    <span className={`badge cp-badge cp-tone-${tone}`}>
      {campaign.status === 'sending' && !waiting ? (
        <span className="cp-pulse" aria-hidden="true" />
      ) : null}
      {label}
    </span>
  );
}

/**
 * Name, status and stream, with the controls that change whether the campaign sends — none of
 * them while another Peaksend is sending it.
 */
export function ProgressHeader({
  campaign,
  openRows,
  heldElsewhere,
  waiting = false,
}: {
  campaign: Campaign;
  openRows: number;
  heldElsewhere: boolean;
  /** Sending, but nothing handed to CommPeak for a while (an outage). */
  waiting?: boolean;
}) {
  const streams = useStreams((s) => (s.loaded ? s.streams : null));
  const pause = useProgress((s) => s.pause);
  const resume = useProgress((s) => s.resume);
  const cancel = useProgress((s) => s.cancel);
  const streamName =
    streams === null
      ? '…'
      : (streams.find((s) => s.id === campaign.streamId)?.name ?? 'a deleted stream');
  const back = () => useCampaignRoute.getState().open({ kind: 'list' });
  const [busy, setBusy] = useState<'pause' | 'resume' | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const { status } = campaign;

  const act = async (kind: 'pause' | 'resume') => {
    setBusy(kind);
    await (kind === 'pause' ? pause() : resume());
    setBusy(null);
  };

  const canCancel =
    !heldElsewhere && (status === 'sending' || status === 'paused' || status === 'scheduled');
  return (
    <header className="cp-header">
      <button type="button" className="cp-back" onClick={back}>
        <span aria-hidden="true">←</span> Campaigns
      </button>
      <div className="cp-title-row">
        <div className="cp-title">
          <h1 tabIndex={-1} dir="auto">
            {campaign.name}
          </h1>
          <p className="cp-subtitle">
            <StatusBadge campaign={campaign} waiting={waiting} />
            <span>
              via <strong dir="auto">{streamName}</strong>
            </span>
          </p>
        </div>
        <div className="cp-controls">
          {status === 'sending' && !heldElsewhere ? (
            <BusyButton
              busy={busy === 'pause'}
              busyLabel="Pausing…"
              disabled={busy !== null}
              onClick={() => void act('pause')}
            >
              Pause
            </BusyButton>
          ) : null}
          {status === 'paused' && !heldElsewhere ? (
            <BusyButton
              className="primary"
              busy={busy === 'resume'}
              busyLabel="Resuming…"
              disabled={busy !== null}
              onClick={() => void act('resume')}
            >
              Resume
            </BusyButton>
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
          onConfirm={cancel}
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
