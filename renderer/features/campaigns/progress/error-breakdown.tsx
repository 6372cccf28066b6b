import type { CampaignProgress } from '../../../../shared/campaigns/campaign-types';
import type { LedgerState } from '../../../../shared/campaigns/ledger-state';
import { formatCount } from '../../../lib/format';
import { TableHead } from '../../../ui/table-head';
import { reasonLabel, stateLabel } from './progress-labels';

const deliveryFailures: readonly LedgerState[] = [
  'undelivered',
  'sent_failed',
  'rejected',
  'no_routes',
];

/** Why messages did not go (sending errors by reason) and failed delivery reports by kind. */
export function ErrorBreakdown({ progress }: { progress: CampaignProgress }) {
  const reports = deliveryFailures
    .map((state) => ({ state, count: progress.byState[state] ?? 0 }))
    .filter((r) => r.count > 0);
  const rows = [
    ...progress.errors.map((e) => ({
      key: e.reason,
      label: reasonLabel(e.reason),
      count: e.count,
    })),
    ...reports.map((r) => ({
      key: r.state,
      label: `${stateLabel(r.state)} (delivery report)`,
      count: r.count,
    })),
  ];
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <section className="card cp-card" aria-labelledby="cp-errors-title">
      <h2 id="cp-errors-title">Errors</h2>
      {rows.length === 0 ? (
        <p className="muted cp-note">No errors so far.</p>
      ) : (
        <table className="cp-errors">
          <caption className="sr-only">Errors by reason</caption>
          <TableHead className="sr-only" columns={['Reason', 'Recipients']} />
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row" title={r.key}>
                  {r.label}
                  <span
                    className="cp-errors-bar"
                    aria-hidden="true"
                    style={{ width: `${(r.count * 100) / max}%` }}
                  />
                </th>
                <td>{formatCount(r.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
