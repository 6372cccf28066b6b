import type { ImportReportView } from '../../../../shared/contacts/contact-types';
import { countryLabel } from '../../../lib/country-name';
import { formatCount } from '../../../lib/format';
import { CountTile } from '../count-tile';
import type { ImportOutcome } from './import-flow-types';
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

const afterwards = {
  done: 'Nothing was saved. Go back to change the settings and try again.',
  pending:
    'The list is marked “import interrupted — not usable” and cannot be chosen for a campaign ' +
    'until Peaksend has finished undoing the import, which it does by itself once there is ' +
    'free disk space.',
  unknown:
    'Peaksend undoes an unfinished import when its engine starts again; check the list before ' +
    'you use it.',
} as const;

function Failed({ outcome }: { outcome: Extract<ImportOutcome, { kind: 'failed' }> }) {
  // After an engine crash the engine's own words add nothing unless the undo is still waiting.
  const showMessage = !outcome.interrupted || outcome.undo === 'pending';
  return (
    <div className="contacts-import-step">
      <div role="alert" className="banner banner-error">
        <p>
          <strong>
            {outcome.interrupted
              ? 'The import was interrupted: the Peaksend engine stopped.'
              : 'The import did not finish.'}
          </strong>{' '}
          {showMessage ? outcome.message : null}
        </p>
      </div>
      <p className={outcome.undo === 'done' ? 'muted' : undefined}>{afterwards[outcome.undo]}</p>
    </div>
  );
}

/** The opt-out import's counts, in the words of the opt-out list. */
function OptOutCounts({ report }: { report: ImportReportView }) {
  return (
    <dl className="contacts-counts" aria-label="Opt-out import counts">
      <CountTile label="Rows" value={report.total} />
      <CountTile label="Added" value={report.imported} tone="ok" />
      <CountTile label="Already there" value={report.duplicates} />
      <CountTile
        label="Invalid"
        value={report.invalid}
        tone={report.invalid ? 'error' : undefined}
      />
    </dl>
  );
}

/** "Phone column “Mobile”, country GB; fields {first_name}." */
function ReadSummary({ report, optOuts }: { report: ImportReportView; optOuts: boolean }) {
  const country = report.defaultCountry
    ? `numbers without a country code read as ${countryLabel(report.defaultCountry)}`
    : 'no default country';
  const sheet = report.sheetName ? `sheet “${report.sheetName}”, ` : '';
  const fields = optOuts
    ? ''
    : report.fields.length > 0
      ? `; fields ${report.fields.map((f) => `{${f}}`).join(', ')}`
      : '; no merge fields';
  return (
    <span className="muted">
      {sheet}phone column “<bdi>{report.phoneColumn}</bdi>”, {country}
      {fields}.
    </span>
  );
}

/** Step 4: what happened to every row, or why nothing happened. */
export function ReportStep({ outcome, optOuts }: { outcome: ImportOutcome; optOuts: boolean }) {
  if (outcome.kind === 'failed') return <Failed outcome={outcome} />;
  const { report } = outcome;
  if (report.status === 'canceled') {
    return (
      <div className="contacts-import-step">
        <div role="status" className="banner banner-info">
          <p>
            <strong>Import canceled.</strong>{' '}
            {optOuts
              ? `${formatCount(report.imported)} numbers read before were added to the opt-outs.`
              : report.listId === null
                ? 'No list was created.'
                : 'The list is exactly as it was before the import.'}
          </p>
        </div>
      </div>
    );
  }
  const issues = report.invalid + report.duplicates + report.suppressed + report.warnings;
  const nothing = report.imported === 0;
  return (
    <div className="contacts-import-step">
      <p role="status">
        {optOuts
          ? `Added ${formatCount(report.imported)} of ${formatCount(report.total)} rows to the opt-outs.`
          : nothing
            ? `No contacts were imported${report.listId === null ? ', so no list was created' : ''}.`
            : `Imported ${formatCount(report.imported)} of ${formatCount(report.total)} rows from ${report.fileName}.`}{' '}
        <ReadSummary report={report} optOuts={optOuts} />
      </p>
      {optOuts ? <OptOutCounts report={report} /> : <Counts report={report} />}
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
