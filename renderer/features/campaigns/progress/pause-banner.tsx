import { assertNever } from '../../../../shared/assert-never';
import type { Campaign } from '../../../../shared/campaigns/campaign-types';
import { describePauseReason, type PauseReason } from '../../../../shared/campaigns/pause-reason';
import { useNavigation } from '../../../app/navigation-store';

type Advice = { text: string; streams: boolean };

/** What to do about a pause, from the kind of reason the engine gave (never from its words). */
function adviceFor(reason: PauseReason): Advice {
  switch (reason.kind) {
    case 'commpeak':
      switch (reason.failure) {
        case 'ip':
          return {
            text: 'CommPeak refused this computer’s IP address: add it to the stream’s allowed IPs in CommPeak’s portal, then press Resume. Nothing more is sent until you do.',
            streams: true,
          };
        case 'auth':
          return {
            text: 'Replace the stream’s token on the Streams page (or ask CommPeak why it was refused), then press Resume. Nothing more is sent until you do.',
            streams: true,
          };
        case 'config':
          return {
            text: 'Check the stream’s settings (its base URL and sender) on the Streams page, then press Resume.',
            streams: true,
          };
        default:
          return assertNever(reason.failure);
      }
    case 'stalled':
      return {
        text: 'Check the internet connection and CommPeak’s status, then press Resume. The messages waiting to be sent are still pending; nothing was sent twice.',
        streams: false,
      };
    case 'interrupted':
      return {
        text: 'Press Resume to continue. Messages that were in flight when Peaksend closed are listed as uncertain below; they are never resent without you.',
        streams: false,
      };
    case 'storage':
      return {
        text: 'Free space on the disk that holds Peaksend’s data (or fix its permissions), then press Resume. Every message already handed to CommPeak is recorded.',
        streams: false,
      };
    case 'streamDeleted':
      return {
        text: 'Nothing more is sent through it. Rows not yet sent stay pending; every message already handed to CommPeak is recorded.',
        streams: true,
      };
    case 'chooseWinner':
      return {
        text: 'Compare the variants below, then choose the winner: the rest of the audience gets it.',
        streams: false,
      };
    case 'user':
    case 'missedSchedule':
    case 'startFailed':
    case 'error':
      return {
        text: 'Fix the cause, then press Resume to continue from where it stopped.',
        streams: false,
      };
    default:
      return assertNever(reason);
  }
}

/** A pause the engine chose is news: the reason, prominently, and what to do about it. */
export function PauseBanner({ campaign }: { campaign: Campaign }) {
  const reason = campaign.pauseReason;
  if (campaign.status !== 'paused' || !reason) return null;
  // The choose-the-winner panel says it, with the choice itself.
  if (reason.kind === 'chooseWinner') return null;
  if (reason.kind === 'user') {
    return (
      <p className="banner banner-info cp-banner">
        You paused this campaign. Nothing is being sent; press Resume to continue.
      </p>
    );
  }
  const advice = adviceFor(reason);
  return (
    <section
      className="banner banner-error cp-banner"
      role="alert"
      aria-labelledby="cp-pause-title"
    >
      <h2 id="cp-pause-title">Sending paused</h2>
      <p className="cp-reason">{describePauseReason(reason)}</p>
      <p>{advice.text}</p>
      {advice.streams ? (
        <div className="cp-banner-actions">
          <button type="button" onClick={() => useNavigation.getState().go('streams')}>
            Open Streams
          </button>
        </div>
      ) : null}
    </section>
  );
}
