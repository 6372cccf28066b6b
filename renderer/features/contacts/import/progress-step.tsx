import type { ImportProgressEvent } from '../../../../shared/contacts/contact-types';
import { formatBytes, formatCount } from '../../../lib/format';
import { Fact } from '../../../ui/fact';
import type { ImportRun } from './import-flow-types';

export function progressPercent(progress: ImportProgressEvent | null): number {
  if (!progress || progress.totalBytes <= 0) return 0;
  return Math.min(100, Math.floor((progress.bytesRead / progress.totalBytes) * 100));
}

/** A bar with rows read, share of the file and speed; shared by the dialog and the page banner. */
export function ImportProgressBar({ run, compact }: { run: ImportRun; compact?: boolean }) {
  const p = run.progress;
  const percent = progressPercent(p);
  const rows = formatCount(p?.rowsRead ?? 0);
  return (
    <div className={compact ? 'contacts-progress contacts-progress-compact' : 'contacts-progress'}>
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%, ${rows} rows read`}
        className="contacts-progress-track"
      >
        <div className="contacts-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <dl className="contacts-progress-facts">
        <Fact term="Rows read" testId="import-rows-read">
          {rows}
        </Fact>
        <Fact term="Read">
          {percent}%{p ? ` (${formatBytes(p.bytesRead)} of ${formatBytes(p.totalBytes)})` : ''}
        </Fact>
        <Fact term="Speed">{p ? `${formatCount(p.rowsPerSecond)} rows/s` : '—'}</Fact>
      </dl>
    </div>
  );
}

/** Step 3: the running import. */
export function ProgressStep({ run, listName }: { run: ImportRun; listName: string }) {
  return (
    <div className="contacts-import-step">
      <p>
        {run.canceling
          ? run.optOuts
            ? 'Stopping the import into '
            : 'Canceling and taking the imported rows back out of '
          : 'Importing into '}
        <strong>{listName}</strong>…
      </p>
      <ImportProgressBar run={run} />
      {run.engineLost ? (
        <p role="status" className="banner banner-warning">
          The Peaksend engine stopped during the import. Waiting for it to start again to find out
          what became of the import…
        </p>
      ) : null}
      <p className="muted">
        {run.optOuts
          ? 'Cancel stops reading the file; the numbers added so far stay opted out.'
          : `Cancel leaves ${run.intoNewList ? 'no new list behind' : 'the list exactly as it was'}.`}{' '}
        You can hide this window; the import keeps running.
      </p>
    </div>
  );
}
