import { useEffect, useId, useRef, useState } from 'react';
import type { CampaignProgress } from '../../../../shared/campaigns/campaign-types';
import type { MessageVariant } from '../../../../shared/campaigns/message-variants';
import { formatCount, plural } from '../../../lib/format';
import { BusyButton } from '../../../ui/busy-button';
import { useToasts } from '../../../ui/toast-store';
import { ProgressConfirm } from './progress-confirm';
import { groupLabel, progressGroups } from './progress-labels';
import { useProgress } from './progress-store';
import { useResults, type ResultGroup } from './results-store';
import { ResultsTable } from './results-table';
import { VariantFilter } from './variant-filter';

const REFRESH_EVERY_MS = 1500;
const SEARCH_DELAY_MS = 250;

/** While figures move, re-read the rows on screen now and then (not on every event). */
function useRefreshWhileLive(): void {
  const at = useProgress((s) => s.progress?.at ?? 0);
  const last = useRef(0);
  useEffect(() => {
    if (at === 0) return undefined;
    const wait = Math.max(0, REFRESH_EVERY_MS - (Date.now() - last.current));
    const timer = window.setTimeout(() => {
      last.current = Date.now();
      useResults.getState().refresh();
    }, wait);
    return () => window.clearTimeout(timer);
  }, [at]);
}

function SearchBox() {
  const id = useId();
  const [text, setText] = useState(useResults.getState().search);
  useEffect(() => {
    if (text === useResults.getState().search) return undefined;
    const timer = window.setTimeout(() => useResults.getState().setSearch(text), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text]);
  return (
    <div className="cp-tool">
      <label htmlFor={id}>Search by phone</label>
      <input
        id={id}
        type="search"
        inputMode="tel"
        placeholder="Digits, e.g. 4915"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
    </div>
  );
}

/** Every recipient's outcome: filter, search, retry the failed ones, export as CSV. */
export function ResultsSection({
  id,
  progress,
  variants,
  heldElsewhere,
}: {
  id: number;
  progress: CampaignProgress;
  variants: readonly MessageVariant[];
  /** Another Peaksend is sending the campaign: no retry from here. */
  heldElsewhere: boolean;
}) {
  const group = useResults((s) => s.group);
  const total = useResults((s) => s.total);
  const error = useResults((s) => s.error);
  const selectId = useId();
  const [confirmRetry, setConfirmRetry] = useState(false);
  const [exporting, setExporting] = useState(false);
  const exportResults = useProgress((s) => s.exportResults);
  const retryFailed = useProgress((s) => s.retryFailed);
  useRefreshWhileLive();

  useEffect(() => {
    useResults.getState().open(id);
  }, [id]);

  const failed = progress.byGroup.failed;
  const exportCsv = async () => {
    setExporting(true);
    const r = await exportResults();
    setExporting(false);
    if (r.ok && r.value) {
      useToasts
        .getState()
        .show('success', `Exported ${plural(r.value.rows, 'row')} to ${r.value.path}`, 10_000);
    }
  };

  return (
    <section className="card cp-results" aria-labelledby="cp-results-title">
      <div className="cp-results-head">
        <h2 id="cp-results-title">Results</h2>
        <div className="cp-results-actions">
          {heldElsewhere ? null : (
            <button type="button" disabled={failed === 0} onClick={() => setConfirmRetry(true)}>
              Retry failed only
            </button>
          )}
          <BusyButton busy={exporting} busyLabel="Exporting…" onClick={() => void exportCsv()}>
            Export CSV
          </BusyButton>
        </div>
      </div>
      <div className="cp-toolbar">
        <div className="cp-tool">
          <label htmlFor={selectId}>Show</label>
          <select
            id={selectId}
            value={group}
            onChange={(e) => useResults.getState().setGroup(e.target.value as ResultGroup)}
          >
            <option value="all">All ({formatCount(progress.total)})</option>
            {progressGroups.map((g) => (
              <option key={g} value={g}>
                {groupLabel(g)} ({formatCount(progress.byGroup[g])})
              </option>
            ))}
          </select>
        </div>
        {variants.length > 1 ? <VariantFilter variants={variants} progress={progress} /> : null}
        <SearchBox />
        <p className="cp-match-count muted" aria-live="polite">
          {total === null ? 'Loading…' : `${plural(total, 'recipient')} shown`}
        </p>
      </div>
      {error ? (
        <p role="alert" className="banner banner-error">
          Could not load results: {error.message}
        </p>
      ) : null}
      {total === 0 ? (
        <p className="cp-empty muted">No recipients match.</p>
      ) : (
        <ResultsTable total={total ?? 0} variants={variants.length > 1} />
      )}
      {confirmRetry ? (
        <ProgressConfirm
          title={`Retry ${plural(failed, 'failed recipient')}?`}
          confirmLabel={`Send to ${plural(failed, 'recipient')} again`}
          dismissLabel="Don’t retry"
          onClose={() => setConfirmRetry(false)}
          onConfirm={retryFailed}
        >
          <p>
            Recipients whose message failed or was reported undelivered get it again, as a new
            message. This costs the same as the first attempt.
          </p>
        </ProgressConfirm>
      ) : null}
    </section>
  );
}
