import { formatCount } from '../../../lib/format';
import { CountTile } from '../count-tile';
import { OptOutReportDialog } from './opt-out-report-dialog';
import type { OptOutImport } from './opt-outs-store';

/** What importing a CSV of opt-outs did. */
export function OptOutImportDialog({
  imported: { fileName, report },
  onClose,
}: {
  imported: OptOutImport;
  onClose(): void;
}) {
  return (
    <OptOutReportDialog
      title="Opt-outs imported"
      description={fileName}
      countsLabel="Opt-out import counts"
      onClose={onClose}
      counts={
        <>
          <CountTile label="Rows" value={report.total} />
          <CountTile label="Added" value={report.added} tone="ok" />
          <CountTile label="Already there" value={report.alreadySuppressed} />
          <CountTile
            label="Invalid"
            value={report.invalid}
            tone={report.invalid ? 'error' : undefined}
          />
        </>
      }
    >
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
    </OptOutReportDialog>
  );
}
