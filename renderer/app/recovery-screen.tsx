import { useEffect, useState } from 'react';
import { assertNever } from '../../shared/assert-never';
import type { EngineFailure } from '../../shared/contract/app-info-contract';
import type { BackupView } from '../../shared/contract/health-contract';
import { formatBytes, formatCount, plural } from '../lib/format';
import { BusyButton } from '../ui/busy-button';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { useRecovery } from './recovery-store';
import './recovery-screen.css';

function reasonText(failure: EngineFailure): string {
  switch (failure.reason) {
    case 'databaseDamaged':
      return `Peaksend's database (peaksend.sqlite) is damaged and cannot be opened: ${failure.detail}`;
    case 'diskFull':
      return `${failure.detail} Peaksend cannot open its data until some space is free.`;
    case 'storage':
      return `Peaksend cannot use its data folder: ${failure.detail}`;
    case 'crashed':
      return `The Peaksend engine stopped every time it started: ${failure.detail}`;
    default:
      return assertNever(failure.reason);
  }
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function BackupRow({ backup }: { backup: BackupView }) {
  const { busy, restore } = useRecovery();
  const at = when.format(new Date(backup.createdAt));
  return (
    <li className="recovery-backup" aria-label={`Backup of ${at}`}>
      <div>
        <strong>{at}</strong>
        {backup.reason === 'migration' ? <span className="muted"> (before an update)</span> : null}
        <div className="muted">
          {plural(backup.campaigns, 'campaign')} · {plural(backup.contacts, 'contact')} in{' '}
          {plural(backup.lists, 'list')} · {formatCount(backup.ledgerRows)} ledger rows ·{' '}
          {formatBytes(backup.bytes)}
        </div>
      </div>
      <BusyButton
        className="primary"
        busy={busy?.action === 'restore' && busy.file === backup.file}
        busyLabel="Restoring…"
        disabled={busy !== null}
        onClick={() => void restore(backup.file)}
      >
        Restore this backup
      </BusyButton>
    </li>
  );
}

/** Shown instead of the app when the engine cannot run: the reason and what the user can do. */
export function RecoveryScreen({ failure }: { failure: EngineFailure }) {
  const { backups, busy, error, load, startEmpty, retry, quit } = useRecovery();
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    void load();
  }, [load]);
  const damaged = failure.reason === 'databaseDamaged';
  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title">Peaksend cannot open its data</h1>
      <div role="alert" className="banner banner-error">
        <p>{reasonText(failure)}</p>
      </div>
      {error ? <p className="banner banner-warning">{error}</p> : null}
      <section aria-labelledby="recovery-backups">
        <h2 id="recovery-backups">Restore a backup</h2>
        {backups === null ? (
          <p className="muted">Looking for backups…</p>
        ) : backups.length === 0 ? (
          <p className="muted">There are no backups in the data folder.</p>
        ) : (
          <ul className="recovery-backups" aria-label="Backups">
            {backups.map((b) => (
              <BackupRow key={b.file} backup={b} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="recovery-other">
        <h2 id="recovery-other">Or</h2>
        <div className="recovery-actions">
          {damaged ? null : (
            <BusyButton
              busy={busy?.action === 'retry'}
              busyLabel="Trying…"
              disabled={busy !== null}
              onClick={() => void retry()}
            >
              Try again
            </BusyButton>
          )}
          {failure.reason === 'diskFull' ? null : (
            <button
              type="button"
              className="danger"
              disabled={busy !== null}
              onClick={() => setConfirming(true)}
            >
              Move the damaged file aside and start empty
            </button>
          )}
          <button type="button" onClick={quit}>
            Quit
          </button>
        </div>
      </section>
      {confirming ? (
        <ConfirmDialog
          title="Start with empty data?"
          confirmLabel="Move aside and start empty"
          danger
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            await startEmpty();
            return true;
          }}
        >
          <p>
            The damaged database is renamed to peaksend.sqlite.damaged-… in the data folder (nothing
            is deleted), and Peaksend starts without lists, campaigns or opt-outs. Your streams and
            settings stay.
          </p>
        </ConfirmDialog>
      ) : null}
    </main>
  );
}
