import type { ImportReportView } from '../../../../shared/contacts/contact-types';
import { formatCount } from '../../../lib/format';
import { CountTile } from '../count-tile';
import type { ImportOutcome } from './import-store';
import { IssueBrowser } from './issue-browser';

function Counts({ report }: { report: ImportReportView }) {
  return (
    <dl className="contacts-counts" aria-label="Import counts">
      <CountTile label="Total rows" value={report.total} />
      <CountTile label="Imported" value={report.imported} tone="ok" />
      <CountTile
        label="Invalid"
        value={report.invalid}
        tone={report.invalid ? 'error' : undefined}
      />
      <CountTile label="Duplicates" value={report.duplicates} />
      <CountTile label="Suppressed" value={report.suppressed} note="opted out" />
      <CountTile
        label="Warnings"
        value={report.warnings}
        note="imported, worth a look"
        tone={report.warnings ? 'warning' : undefined}
      />
    </dl>
  );
}

/** Step 4: what happened to every row, or why nothing happened. */
export function ReportStep({ outcome }: { outcome: ImportOutcome }) {
  if (outcome.kind === 'failed') {
    return (
      <div className="contacts-import-step">
        <div role="alert" className="banner banner-error">
          <p>
            <strong>The import did not run.</strong> {outcome.message}
          </p>
        </div>
        <p className="muted">Nothing was saved. Go back to change the settings and try again.</p>
      </div>
    );
  }
  const { report } = outcome;
  if (report.status === 'canceled') {
    return (
      <div className="contacts-import-step">
        <div role="status" className="banner banner-info">
          <p>
            <strong>Import canceled.</strong>{' '}
            {report.listId === null
              ? 'No list was created.'
              : 'The list is exactly as it was before the import.'}
          </p>
        </div>
      </div>
    );
  }
  const issues = report.invalid + report.duplicates + report.suppressed + report.warnings;
  return (
    <div className="contacts-import-step">
      <p role="status">
        {report.imported === 0
          ? 'No contacts were imported.'
          : `Imported ${formatCount(report.imported)} of ${formatCount(report.total)} rows from ${report.fileName}.`}{' '}
        <span className="muted">
          Phone column “{report.phoneColumn}”
          {report.fields.length > 0
            ? `; fields ${report.fields.map((f) => `{${f}}`).join(', ')}`
            : '; no merge fields'}
          .
        </span>
      </p>
      <Counts report={report} />
      {issues > 0 ? (
        <IssueBrowser
          runId={report.runId}
          counts={{
            invalid: report.invalid,
            duplicate: report.duplicates,
            suppressed: report.suppressed,
            warning: report.warnings,
          }}
        />
      ) : (
        <p className="muted">Every row was imported without a warning.</p>
      )}
    </div>
  );
}
