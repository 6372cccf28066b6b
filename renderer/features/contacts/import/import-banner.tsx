import { formatCount } from '../../../lib/format';
import { useImport } from './import-store';
import { ImportProgressBar } from './progress-step';

/** While the import dialog is hidden: the running import, or "finished", with a way back. */
export function ImportBanner() {
  const { active, visible, run, outcome, file, show } = useImport();
  if (!active || visible || !file) return null;
  if (run) {
    return (
      <section className="contacts-banner" aria-label="Import in progress">
        <div className="contacts-banner-text">
          <strong>
            Importing <span dir="auto">{file.name}</span>
          </strong>
          <ImportProgressBar run={run} compact />
        </div>
        <button type="button" onClick={show}>
          Show import
        </button>
      </section>
    );
  }
  const summary =
    outcome?.kind === 'report'
      ? outcome.report.status === 'canceled'
        ? 'was canceled'
        : `finished: ${formatCount(outcome.report.imported)} imported`
      : 'failed';
  return (
    <section className="contacts-banner" aria-label="Import finished">
      <p role="status" className="contacts-banner-text">
        The import of <strong dir="auto">{file.name}</strong> {summary}.
      </p>
      <button type="button" className="primary" onClick={show}>
        See report
      </button>
    </section>
  );
}
