import type { Campaign, CampaignProgress } from '../../../../shared/campaigns/campaign-types';
import { ledgerVariantLabel } from '../../../../shared/campaigns/message-variants';
import { formatCount, formatMoney } from '../../../lib/format';
import { TableHead } from '../../../ui/table-head';
import { groupLabel, progressGroups } from './progress-labels';

/**
 * The progress per variant, from the same snapshot as the campaign's figures: each row's
 * counts add up to the totals row, which is the campaign's own.
 */
export function VariantProgressCard({
  campaign,
  progress,
}: {
  campaign: Campaign;
  progress: CampaignProgress;
}) {
  if (campaign.variants.length < 2) return null;
  const money = (n: number | null) =>
    n === null || progress.currency === null ? '—' : formatMoney(n, progress.currency);
  const columns = [
    'Variant',
    { label: 'Recipients', className: 'num' },
    ...progressGroups.map((g) => ({ label: groupLabel(g), className: 'num' })),
    { label: 'Parts sent', className: 'num' },
    { label: 'Cost', className: 'num' },
  ];
  return (
    <section className="card cp-variants" aria-labelledby="cp-variants-title">
      <h2 id="cp-variants-title">By variant</h2>
      <div className="table-wrap">
        <table className="data-table" aria-label="Progress by variant">
          <TableHead columns={columns} />
          <tbody>
            {progress.variants.map((v) => (
              <tr key={v.variant} data-variant={v.variant}>
                <th scope="row" dir="auto">
                  {ledgerVariantLabel(campaign.variants, v.variant)}
                  {campaign.winner === v.variant ? <span className="badge">Winner</span> : null}
                </th>
                <td className="num" data-group="total">
                  {formatCount(v.total)}
                </td>
                {progressGroups.map((g) => (
                  <td key={g} className="num" data-group={g}>
                    {formatCount(v.byGroup[g])}
                  </td>
                ))}
                <td className="num">{formatCount(v.partsSent)}</td>
                <td className="num">{money(v.costSoFar)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-variant="all">
              <th scope="row">Whole campaign</th>
              <td className="num" data-group="total">
                {formatCount(progress.total)}
              </td>
              {progressGroups.map((g) => (
                <td key={g} className="num" data-group={g}>
                  {formatCount(progress.byGroup[g])}
                </td>
              ))}
              <td className="num">{formatCount(progress.partsSent)}</td>
              <td className="num">{money(progress.costSoFar)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
