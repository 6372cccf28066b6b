import { useEffect, useRef } from 'react';
import { useCampaignRoute } from '../campaign-route-store';
import { ChooseWinnerPanel } from './choose-winner-panel';
import { ErrorBreakdown } from './error-breakdown';
import { HeldElsewhereBanner } from './held-elsewhere-banner';
import { PauseBanner } from './pause-banner';
import { PollFailureNotice } from './poll-failure-notice';
import { openRows } from './bar-figures';
import { ProgressBar } from './progress-bar';
import { ProgressCounts } from './progress-counts';
import { ProgressHeader } from './progress-header';
import { useProgress } from './progress-store';
import { ResultsSection } from './results-section';
import { SentCard } from './sent-card';
import { ThroughputCard } from './throughput-card';
import { TimeLeft } from './time-left';
import { UncertainPanel } from './uncertain-panel';
import { useLiveProgress } from './use-live-progress';
import { VariantProgressCard } from './variant-progress';
import { WaitingBanner } from './waiting-banner';
import { useSecondClock } from './use-second-clock';
import { isWaiting } from './waiting-state';
import './progress.css';
import './progress-panels.css';
import './results.css';

/** A campaign that is sending or has been sent: live figures, uncertain rows, every result. */
export function CampaignProgressView({ id }: { id: number }) {
  useLiveProgress(id);
  const loaded = useProgress((s) => s.id === id);
  const campaign = useProgress((s) => (loaded ? s.campaign : null));
  const progress = useProgress((s) => (loaded ? s.progress : null));
  const loadError = useProgress((s) => (loaded ? s.loadError : null));
  const rootRef = useRef<HTMLDivElement>(null);
  const now = useSecondClock();
  const hasCampaign = campaign !== null;

  // Land keyboard and screen-reader users on the campaign's name once it is known.
  useEffect(() => {
    if (hasCampaign) rootRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [hasCampaign, id]);

  if (loadError) {
    return (
      <div className="cp-view" ref={rootRef}>
        <h1 tabIndex={-1}>Campaign not available</h1>
        <p role="alert" className="banner banner-error">
          {loadError.message}
        </p>
        <button type="button" onClick={() => useCampaignRoute.getState().open({ kind: 'list' })}>
          Back to campaigns
        </button>
      </div>
    );
  }
  if (!campaign || !progress) {
    return (
      <div className="cp-view" ref={rootRef} aria-busy="true">
        <p className="muted">Loading campaign…</p>
      </div>
    );
  }
  // Another Peaksend is sending it: no control here may send it too.
  const heldElsewhere = progress.heldBy !== null;
  return (
    <div className="cp-view" ref={rootRef}>
      <ProgressHeader
        campaign={campaign}
        openRows={openRows(progress)}
        heldElsewhere={heldElsewhere}
        waiting={isWaiting(progress.status, progress.waiting, now)}
      />
      <WaitingBanner progress={progress} now={now} />
      <HeldElsewhereBanner heldBy={progress.heldBy} />
      <PauseBanner campaign={campaign} />
      <PollFailureNotice failure={progress.pollFailure} />
      <ChooseWinnerPanel campaign={campaign} progress={progress} heldElsewhere={heldElsewhere} />
      <UncertainPanel id={id} count={progress.byGroup.uncertain} heldElsewhere={heldElsewhere} />
      <section className="card cp-summary" aria-label="Progress">
        <ProgressBar progress={progress} />
        <TimeLeft campaign={campaign} progress={progress} now={now} />
        <ProgressCounts progress={progress} />
      </section>
      <VariantProgressCard campaign={campaign} progress={progress} />
      <div className="cp-cards">
        <ThroughputCard progress={progress} />
        <SentCard progress={progress} />
        <ErrorBreakdown progress={progress} />
      </div>
      <ResultsSection
        id={id}
        progress={progress}
        variants={campaign.variants}
        heldElsewhere={heldElsewhere}
      />
    </div>
  );
}
