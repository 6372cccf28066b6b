import type { Campaign, PreflightReport } from '../../../../../shared/campaigns/campaign-types';
import {
  VARIANT_KEYS,
  variantLabel,
  type VariantKey,
} from '../../../../../shared/campaigns/message-variants';
import { formatCount, formatMoney } from '../../../../lib/format';
import { TableHead } from '../../../../ui/table-head';

const COLUMNS = [
  'Variant',
  { label: 'Recipients', className: 'num' },
  { label: 'Parts', className: 'num' },
  { label: 'Longest', className: 'num' },
  { label: 'Cost', className: 'num' },
  { label: 'Links tagged', className: 'num' },
];

/**
 * The pre-flight per variant: who gets which message and what it costs. With a test split, the
 * rest's row gives the range the winner's message puts it in. The rows add up to the totals.
 */
export function VariantFigures({
  campaign,
  report,
}: {
  campaign: Campaign;
  report: PreflightReport;
}) {
  const money = (n: number | null) =>
    n === null || report.cost.currency === null ? '—' : formatMoney(n, report.cost.currency);
  const labelOf = (key: string) =>
    variantLabel(campaign.variants, VARIANT_KEYS.indexOf(key as VariantKey));
  const rest = report.rest;
  const range = (values: readonly number[], show: (n: number) => string) => {
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    return lo === hi ? show(lo) : `${show(lo)} – ${show(hi)}`;
  };
  const shorteners = report.variants.filter((v) => v.untaggedShorteners.length > 0);
  return (
    <div className="variant-figures">
      <table className="data-table" aria-label="Figures by variant">
        <TableHead columns={COLUMNS} />
        <tbody>
          {report.variants.map((v) => (
            <tr key={v.variant}>
              <th scope="row" dir="auto">
                {labelOf(v.variant)}
              </th>
              <td className="num">{formatCount(v.recipients)}</td>
              <td className="num">{formatCount(v.totalParts)}</td>
              <td className="num">{formatCount(v.maxParts)}</td>
              <td className="num">{money(v.cost)}</td>
              <td className="num">{formatCount(v.taggedLinks)}</td>
            </tr>
          ))}
          {rest ? (
            <tr>
              <th scope="row">Rest, after the test (the winner’s message)</th>
              <td className="num">{formatCount(rest.recipients)}</td>
              <td className="num">
                {range(
                  rest.byVariant.map((v) => v.totalParts),
                  formatCount,
                )}
              </td>
              <td className="num">—</td>
              <td className="num">
                {rest.byVariant.some((v) => v.cost === null)
                  ? '—'
                  : range(
                      rest.byVariant.map((v) => v.cost ?? 0),
                      (n) => money(n),
                    )}
              </td>
              <td className="num">—</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {rest ? (
        <p className="field-hint">
          The totals above count the rest with the longest message each recipient could get: the
          most the campaign can cost.
        </p>
      ) : null}
      {shorteners.map((v) => (
        <p key={v.variant} className="notice notice-warning">
          {labelOf(v.variant)}: links to {v.untaggedShorteners.join(', ')} are not tagged — a
          shortener hides its target.
        </p>
      ))}
    </div>
  );
}
