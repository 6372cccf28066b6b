import { useState } from 'react';
import { formatCount, plural } from '../../../lib/format';
import { useToasts } from '../../../ui/toast-store';
import { ProgressConfirm } from './progress-confirm';
import { useProgress } from './progress-store';
import { UncertainRows, useUncertainPage, type UncertainFilter } from './uncertain-rows';
import { uncertainWhy } from './uncertain-wording';

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
  const [filter, setFilter] = useState<UncertainFilter>({ search: '', errorCode: '', page: 0 });
  const { rows, total } = useUncertainPage(id, count, filter);
  const [selected, setSelected] = useState<ReadonlySet<number>>(() => new Set());
  const [confirm, setConfirm] = useState<'resend' | 'mark' | null>(null);
  if (count === 0) return null;
  // With a selection the actions are for those rows only; without one, for all of them.
  const chosen = selected.size > 0 ? [...selected] : undefined;
  const messages = plural(chosen?.length ?? count, 'message');
  const close = () => setConfirm(null);
  const done = () => setSelected(new Set());

  const resend = async () => {
    const r = await useProgress.getState().resendUncertain(chosen);
    if (r.ok) useToasts.getState().show('info', `Resending ${messages}.`);
    done();
  };
  const mark = async () => {
    const r = await useProgress.getState().markUncertainSent(chosen);
    if (r.ok) useToasts.getState().show('success', `Marked ${messages} as sent.`);
    done();
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
      <UncertainRows
        rows={rows}
        total={total}
        filter={filter}
        onFilter={setFilter}
        selected={selected}
        onSelect={setSelected}
      />
      {heldElsewhere ? null : (
        <div className="cp-uncertain-actions">
          <button type="button" onClick={() => setConfirm('resend')}>
            {chosen ? `Resend selected (${formatCount(chosen.length)})` : 'Resend these'}
          </button>
          <button type="button" onClick={() => setConfirm('mark')}>
            {chosen ? `Mark selected as sent (${formatCount(chosen.length)})` : 'Mark as sent'}
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
