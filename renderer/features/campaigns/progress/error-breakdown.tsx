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

/**
 * Messages that will be tried again (an outage, a 503, throttling): apart from the recipients
 * that failed, since none of them has failed.
 */
function RetryingLines({ retrying }: { retrying: CampaignProgress['retrying'] }) {
  return (
    <div className="cp-retrying">
      <table className="cp-errors" aria-describedby="cp-retrying-note">
        <caption className="sr-only">Messages waiting to be tried again, by reason</caption>
        <TableHead className="sr-only" columns={['Reason', 'Messages to retry']} />
        <tbody>
          {retrying.map((r) => (
            <tr key={r.reason}>
              <th scope="row" title={r.reason}>
                {reasonLabel(r.reason)}
              </th>
              <td>{formatCount(r.count)} to retry</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p id="cp-retrying-note" className="muted cp-note">
        Not failures: these messages are sent again automatically.
      </p>
    </div>
  );
}

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
  const { retrying } = progress;
  return (
    <section className="card cp-card" aria-labelledby="cp-errors-title">
      <h2 id="cp-errors-title">Errors</h2>
      {retrying.length > 0 ? <RetryingLines retrying={retrying} /> : null}
      {rows.length === 0 ? (
        <p className="muted cp-note">No recipient has failed so far.</p>
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
