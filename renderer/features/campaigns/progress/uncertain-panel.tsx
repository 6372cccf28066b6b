import { useState } from 'react';
import type { ResultRow } from '../../../../shared/campaigns/campaign-types';
import { formatCount, plural } from '../../../lib/format';
import { useAnswer } from '../../../lib/use-answer';
import { useToasts } from '../../../ui/toast-store';
import { formatClock } from './format-progress';
import { ProgressConfirm } from './progress-confirm';
import { useProgress } from './progress-store';
import { uncertainWhy } from './uncertain-wording';

const LIST_LIMIT = 200;

/** The engine's reasons end with what uncertain means, which the banner already says. */
function firstSentence(error: string | null): string {
  if (!error) return 'Outcome unknown';
  return error.split(/(?<=\.)\s/)[0] ?? error;
}

/** The first uncertain rows, fetched again whenever their number changes. */
function useUncertainRows(id: number, count: number): readonly ResultRow[] {
  const uncertainRows = useProgress((s) => s.uncertainRows);
  const answer = useAnswer(count === 0 ? null : `${id}:${count}`, () => uncertainRows(LIST_LIMIT), {
    keepPrevious: true,
  });
  return count > 0 && answer.state === 'ok' ? answer.value.rows : [];
}

/**
 * Messages whose request may have reached CommPeak but whose outcome is unknown. They are never
 * resent automatically; the user decides: resend (some people may get it twice) or mark as sent.
 */
export function UncertainPanel({
  id,
  count,
  heldElsewhere,
}: {
  id: number;
  count: number;
  /** Another Peaksend is sending the campaign: deciding about these rows is for later. */
  heldElsewhere: boolean;
}) {
  const rows = useUncertainRows(id, count);
  const [confirm, setConfirm] = useState<'resend' | 'mark' | null>(null);
  if (count === 0) return null;
  const messages = plural(count, 'message');
  const close = () => setConfirm(null);

  const resend = async () => {
    const r = await useProgress.getState().resendUncertain();
    if (r.ok) useToasts.getState().show('info', `Resending ${messages}.`);
  };
  const mark = async () => {
    const r = await useProgress.getState().markUncertainSent();
    if (r.ok) useToasts.getState().show('success', `Marked ${messages} as sent.`);
  };

  return (
    <section className="cp-uncertain" aria-labelledby="cp-uncertain-title">
      <div className="cp-uncertain-head">
        <span className="cp-uncertain-icon" aria-hidden="true">
          ?
        </span>
        <div>
          <h2 id="cp-uncertain-title">{messages} may or may not have reached CommPeak</h2>
          <p>{uncertainWhy(rows.map((r) => r.errorCode))}</p>
        </div>
      </div>
      <ul className="cp-uncertain-list" aria-label="Uncertain messages">
        {rows.map((r) => (
          <li key={r.seq}>
            <span className="mono">{r.phone}</span>
            <span className="cp-uncertain-reason" title={r.error ?? undefined}>
              {firstSentence(r.error)}
            </span>
            {r.submittedAt ? (
              <time dateTime={r.submittedAt} title={formatClock(r.submittedAt).long}>
                {formatClock(r.submittedAt).short}
              </time>
            ) : null}
          </li>
        ))}
      </ul>
      {count > rows.length && rows.length > 0 ? (
        <p className="muted cp-note">
          Showing the first {formatCount(rows.length)}; filter the results below by “Uncertain” to
          see them all.
        </p>
      ) : null}
      {heldElsewhere ? null : (
        <div className="cp-uncertain-actions">
          <button type="button" onClick={() => setConfirm('resend')}>
            Resend these
          </button>
          <button type="button" onClick={() => setConfirm('mark')}>
            Mark as sent
          </button>
        </div>
      )}
      {confirm === 'resend' ? (
        <ProgressConfirm
          title={`Resend ${messages}?`}
          confirmLabel={`Resend ${messages}`}
          dismissLabel="Don’t resend"
          danger
          onClose={close}
          onConfirm={resend}
        >
          <p>
            <strong>Some of these recipients may get the message twice.</strong> CommPeak may
            already have accepted some of them; there is no way to know which.
          </p>
          <p>Resend only if a duplicate is better than a missed message.</p>
        </ProgressConfirm>
      ) : null}
      {confirm === 'mark' ? (
        <ProgressConfirm
          title={`Mark ${messages} as sent?`}
          confirmLabel="Mark as sent"
          dismissLabel="Keep them uncertain"
          onClose={close}
          onConfirm={mark}
        >
          <p>
            They will count as accepted and will never be sent again. Choose this when a duplicate
            would be worse than a missed message.
          </p>
        </ProgressConfirm>
      ) : null}
    </section>
  );
}
