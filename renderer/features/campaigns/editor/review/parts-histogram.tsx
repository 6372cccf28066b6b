import { formatCount, plural } from '../../../../lib/format';
import { TableHead } from '../../../../ui/table-head';

/** Messages per part count, as a table with bars (the numbers are the content, bars the shape). */
export function PartsHistogram({ histogram }: { histogram: Readonly<Record<string, number>> }) {
  const rows = Object.entries(histogram)
    .map(([parts, count]) => ({ parts: Number(parts), count }))
    .filter((r) => r.count > 0)
    .sort((a, b) => a.parts - b.parts);
  if (rows.length === 0) return null;
  const max = Math.max(...rows.map((r) => r.count));
  return (
    <table className="histogram" aria-label="Parts per message">
      <TableHead
        columns={[
          'Parts',
          { label: 'Messages', className: 'num' },
          { label: 'Share', hidden: true },
        ]}
      />
      <tbody>
        {rows.map((r) => (
          <tr key={r.parts}>
            <th scope="row">{plural(r.parts, 'part')}</th>
            <td className="num">{formatCount(r.count)}</td>
            <td className="bar-cell" aria-hidden="true">
              <span
                className={`bar ${r.parts > 1 ? 'bar-multi' : ''}`}
                style={{ width: `${Math.max(2, (r.count / max) * 100)}%` }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
