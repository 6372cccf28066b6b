import type { PreflightReport } from '../../../../../shared/campaigns/campaign-types';
import { TEMPLATE_SOURCE } from '../../../../../shared/template/preflight-aggregate';
import { formatCount, plural } from '../../../../lib/format';
import { TableHead } from '../../../../ui/table-head';
import { describeChar, visibleChar } from '../message/char-label';

function sourceLabel(source: string) {
  return source === TEMPLATE_SOURCE || source === '' ? (
    'the message text'
  ) : (
    <code>{`{${source}}`}</code>
  );
}

/** Rows made longer by a field, rows in UCS-2 and why, and empty merge values. */
export function MessageFindings({ report: r }: { report: PreflightReport }) {
  const nothing =
    r.overBoundaryFields.length === 0 && r.ucs2Rows === 0 && r.emptyFields.length === 0;
  if (nothing) {
    return (
      <p className="ok-text">
        Every message fits its part count as written, uses GSM-7 and has all its merge values.
      </p>
    );
  }
  return (
    <div className="findings">
      {r.overBoundaryFields.length > 0 ? (
        <div className="finding">
          <h4>Fields that add a part</h4>
          <ul aria-label="Fields that push messages over a part boundary">
            {r.overBoundaryFields.map((f) => (
              <li key={f.field}>
                <code>{`{${f.field}}`}</code> pushes <strong>{plural(f.rows, 'message')}</strong>{' '}
                over a part boundary. Shorter values or a shorter message keep them in fewer parts.
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {r.ucs2Rows > 0 ? (
        <div className="finding">
          <h4>Messages in UCS-2</h4>
          <p>
            <strong>{plural(r.ucs2Rows, 'message')}</strong> use UCS-2 (70 characters per part
            instead of 160) because of:
          </p>
          <table className="data-table" aria-label="Characters that force UCS-2">
            <TableHead
              columns={['Character', { label: 'Times', className: 'num' }, 'Comes from']}
            />
            <tbody>
              {r.ucs2Chars.map((c) => (
                <tr key={c.char}>
                  <th scope="row">
                    <mark className="mark-ucs2 char-sample">{visibleChar(c.char)}</mark>{' '}
                    <span className="muted">{describeChar(c.char, c.codePoint)}</span>
                  </th>
                  <td className="num">{formatCount(c.count)}</td>
                  <td>{sourceLabel(c.source)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {r.emptyFields.length > 0 ? (
        <div className="finding">
          <h4>Empty merge values</h4>
          <ul aria-label="Empty merge values">
            {r.emptyFields.map((f) => {
              const uncovered = f.rows - f.coveredByFallback;
              return (
                <li key={f.field}>
                  <code>{`{${f.field}}`}</code> is empty for{' '}
                  <strong>{plural(f.rows, 'recipient')}</strong>:{' '}
                  {uncovered === 0
                    ? 'the fallback covers all of them.'
                    : f.coveredByFallback > 0
                      ? `a fallback covers ${formatCount(f.coveredByFallback)}; ${formatCount(uncovered)} get a blank.`
                      : `they get a blank. Add a fallback like {${f.field}|there}.`}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
