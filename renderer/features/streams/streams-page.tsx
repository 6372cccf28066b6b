import { useEffect, useState } from 'react';
import { assertNever } from '../../../shared/assert-never';
import type { StreamView } from '../../../shared/streams/stream-types';
import type { UnreadableStreamView } from '../../../shared/streams/unreadable-stream';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { EmptyState } from '../../ui/empty-state';
import { Icon } from '../../ui/icon';
import { LoadError } from '../../ui/load-error';
import { PageHeader } from '../../ui/page-header';
import { useMinuteClock } from '../../ui/use-minute-clock';
import { DeleteStreamDialog } from './delete-stream-dialog';
import { ReplaceTokenDialog } from './replace-token-dialog';
import { SendTestDialog } from './send-test-dialog';
import { StreamCard, type StreamAction } from './stream-card';
import { StreamFormDialog } from './stream-form-dialog';
import { useStreams } from './streams-store';
import { UnreadableStreamCard } from './unreadable-stream-card';

type OpenDialog =
  | { kind: 'add' }
  | { kind: StreamAction; stream: StreamView }
  | { kind: 'restore' | 'removeUnreadable'; record: UnreadableStreamView };

function RemoveUnreadableDialog({
  record,
  onClose,
}: {
  record: UnreadableStreamView;
  onClose(): void;
}) {
  const removeUnreadable = useStreams((s) => s.removeUnreadable);
  return (
    <ConfirmDialog
      title="Remove this stream record?"
      confirmLabel="Remove"
      danger
      onClose={onClose}
      onConfirm={async () => (await removeUnreadable(record.key)).ok}
    >
      <p>
        The damaged record of {record.name ? `“${record.name}”` : 'this stream'} is removed from the
        settings file. Campaigns that used it need another stream.
      </p>
    </ConfirmDialog>
  );
}

function DialogFor({ dialog, onClose }: { dialog: OpenDialog; onClose(): void }) {
  switch (dialog.kind) {
    case 'add':
      return <StreamFormDialog mode={{ kind: 'add' }} onClose={onClose} />;
    case 'restore':
      return <StreamFormDialog mode={{ kind: 'add', restore: dialog.record }} onClose={onClose} />;
    case 'removeUnreadable':
      return <RemoveUnreadableDialog record={dialog.record} onClose={onClose} />;
    case 'edit':
      return <StreamFormDialog mode={{ kind: 'edit', stream: dialog.stream }} onClose={onClose} />;
    case 'replaceToken':
      return <ReplaceTokenDialog stream={dialog.stream} onClose={onClose} />;
    case 'delete':
      return <DeleteStreamDialog stream={dialog.stream} onClose={onClose} />;
    case 'sendTest':
      return <SendTestDialog stream={dialog.stream} onClose={onClose} />;
    default:
      return assertNever(dialog);
  }
}

export function StreamsPage() {
  const { streams, unreadable, loading, error, load, loadStorage, loadUnreadable } = useStreams();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const now = useMinuteClock();

  useEffect(() => {
    void load();
    void loadStorage();
    void loadUnreadable();
  }, [load, loadStorage, loadUnreadable]);

  const addButton = (
    <button type="button" className="primary" onClick={() => setDialog({ kind: 'add' })}>
      <Icon name="plus" /> Add stream
    </button>
  );

  return (
    <>
      <PageHeader title="Streams" actions={addButton} />
      <p className="page-intro">
        A stream is a CommPeak sending channel with its own token, sender and rate. Tokens are kept
        encrypted; they are shown only when you ask.
      </p>
      {error ? (
        <LoadError
          what="Could not load streams"
          message={error.message}
          onRetry={() => void load()}
        />
      ) : null}
      {streams.length === 0 && !loading && !error ? (
        <EmptyState title="No streams">
          Streams you add with a CommPeak token appear here.
        </EmptyState>
      ) : (
        <ul className="card-list" aria-label="Streams" aria-busy={loading}>
          {streams.map((s) => (
            <StreamCard
              key={s.id}
              stream={s}
              now={now}
              onAction={(kind, stream) => setDialog({ kind, stream })}
            />
          ))}
          {unreadable.map((record) => (
            <UnreadableStreamCard
              key={record.key}
              record={record}
              onRestore={(r) => setDialog({ kind: 'restore', record: r })}
              onRemove={(r) => setDialog({ kind: 'removeUnreadable', record: r })}
            />
          ))}
        </ul>
      )}
      {dialog ? <DialogFor dialog={dialog} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
