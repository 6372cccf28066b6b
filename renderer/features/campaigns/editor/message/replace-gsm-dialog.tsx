import { Fragment, useMemo, type ReactNode } from 'react';
import { formatCodePoint } from '../../../../../shared/sms/analyze-message';
import type { ReplacementPlan } from '../../../../../shared/sms/gsm-replacements';
import { countSegments } from '../../../../../shared/sms/segment-count';
import { plural } from '../../../../lib/format';
import { Dialog } from '../../../../ui/dialog';
import { TableHead } from '../../../../ui/table-head';
import { describeChar, visibleChar } from './char-label';
import './replace-gsm-dialog.css';

export interface ReplacedText {
  readonly label: string;
  readonly original: string;
  readonly plan: ReplacementPlan;
}

export interface ReplaceGsmDialogProps {
  /** The texts to change (the message, and the opt-out footer when it needs it too). */
  readonly texts: readonly ReplacedText[];
  /** The whole message before and after (with the footer), to compare parts. */
  readonly before: string;
  readonly after: string;
  onApply(): void;
  onClose(): void;
}

/** Groups the changes: "’ → ' × 3". */
function groupChanges(plans: readonly ReplacementPlan[]) {
  const groups = new Map<string, { from: string; to: string; count: number }>();
  for (const c of plans.flatMap((p) => p.changes)) {
    const key = `${c.from}\u0000${c.to}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { from: c.from, to: c.to, count: 1 });
  }
  return [...groups.values()];
}

/** The text with each change shown as a deletion and an insertion. */
function InlineDiff({ original, plan }: { original: string; plan: ReplacementPlan }) {
  const pieces: ReactNode[] = [];
  let at = 0;
  plan.changes.forEach((c, i) => {
    if (c.index > at) pieces.push(original.slice(at, c.index));
    pieces.push(
      <Fragment key={i}>
        <del>{visibleChar(c.from)}</del>
        {c.to === '' ? null : <ins>{c.to}</ins>}
      </Fragment>,
    );
    at = c.index + c.from.length;
  });
  pieces.push(original.slice(at));
  return (
    <p className="inline-diff" dir="auto">
      {pieces}
    </p>
  );
}

/** Shows what the one-click GSM replacement will change, and applies it on confirm. */
export function ReplaceGsmDialog(p: ReplaceGsmDialogProps) {
  const groups = useMemo(() => groupChanges(p.texts.map((t) => t.plan)), [p.texts]);
  const changes = p.texts.reduce((n, t) => n + t.plan.changes.length, 0);
  const remaining = [
    ...new Map(
      p.texts.flatMap((t) => t.plan.remainingNonGsm).map((c) => [c.char, c] as const),
    ).values(),
  ];
  const was = countSegments(p.before);
  const will = countSegments(p.after);
  return (
    <Dialog
      title="Replace with GSM equivalents"
      description="Look-alike characters are swapped so the message can use GSM-7."
      onClose={p.onClose}
      footer={
        <>
          <button type="button" onClick={p.onClose}>
            Cancel
          </button>
          <button type="button" className="primary" data-autofocus onClick={p.onApply}>
            Replace {plural(changes, 'character')}
          </button>
        </>
      }
    >
      <table className="diff-table" aria-label="Changes">
        <TableHead columns={['Before', 'After', { label: 'Times', className: 'num' }]} />
        <tbody>
          {groups.map((g) => (
            <tr key={`${g.from}-${g.to}`}>
              <td>
                <del className="diff-char">{visibleChar(g.from)}</del>{' '}
                <span className="muted">
                  {describeChar(g.from, g.from.length === 1 ? formatCodePoint(g.from) : 'combined')}
                </span>
              </td>
              <td>
                {g.to === '' ? (
                  <span className="muted">removed</span>
                ) : (
                  <ins className="diff-char">{visibleChar(g.to)}</ins>
                )}
              </td>
              <td className="num">{g.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {p.texts.map((t) => (
        <Fragment key={t.label}>
          <h3 className="dialog-subheading">{t.label} with the changes</h3>
          <InlineDiff original={t.original} plan={t.plan} />
        </Fragment>
      ))}
      <p>
        Before: {was.encoding}, {plural(was.parts, 'part')}. After: <strong>{will.encoding}</strong>
        , <strong>{plural(will.parts, 'part')}</strong>.
      </p>
      {remaining.length > 0 ? (
        <p className="notice notice-warning">
          Still not GSM:{' '}
          {remaining.map((c) => `${visibleChar(c.char)} (${c.codePoint})`).join(', ')}. These have
          no look-alike, so the message stays UCS-2 until you change them.
        </p>
      ) : null}
    </Dialog>
  );
}
