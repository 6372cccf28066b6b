import type { SuppressionImportView } from '../../../../shared/contacts/contact-types';
import { Dialog } from '../../../ui/dialog';
import { CountTile } from '../count-tile';
import { formatCount } from '../format';

/** What importing a CSV of opt-outs did. */
export function OptOutImportDialog({
  fileName,
  report,
  onClose,
}: {
  fileName: string;
  report: SuppressionImportView;
  onClose(): void;
}) {
  return (
    <Dialog
      title="Opt-outs imported"
      description={fileName}
      size="small"
      onClose={onClose}
      footer={
        <button type="button" className="primary" data-autofocus onClick={onClose}>
          Done
        </button>
      }
    >
      <dl className="contacts-counts contacts-counts-small" aria-label="Opt-out import counts">
        <CountTile label="Rows" value={report.total} />
        <CountTile label="Added" value={report.added} tone="ok" />
        <CountTile label="Already there" value={report.alreadySuppressed} />
        <CountTile
          label="Invalid"
          value={report.invalid}
          tone={report.invalid ? 'error' : undefined}
        />
      </dl>
      {report.canceled ? <p className="banner banner-warning">The import stopped early.</p> : null}
      {report.issues.length > 0 ? (
        <ul className="contacts-invalid-list" aria-label="Rows not added">
          {report.issues
            .filter((i) => i.kind === 'invalid')
            .slice(0, 200)
            .map((issue) => (
              <li key={issue.row}>
                Row {formatCount(issue.row)}: {issue.detail}
              </li>
            ))}
        </ul>
      ) : null}
    </Dialog>
  );
}
