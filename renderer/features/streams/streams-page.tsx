import { useEffect } from 'react';
import { streamTypeLabels, type StreamView } from '../../../shared/streams/stream-types';
import { EmptyState } from '../../ui/empty-state';
import { PageHeader } from '../../ui/page-header';
import { useStreams } from './streams-store';

function StreamCard({ stream }: { stream: StreamView }) {
  return (
    <li className="card" aria-label={`Stream ${stream.name}`}>
      <div className="card-title">
        <h2>{stream.name}</h2>
        {stream.builtIn ? <span className="badge badge-info">no real messages</span> : null}
      </div>
      <dl className="facts">
        <dt>Type</dt>
        <dd>{streamTypeLabels[stream.type]}</dd>
        <dt>Default sender</dt>
        <dd>{stream.defaultSender || '—'}</dd>
        <dt>Rate limit</dt>
        <dd>{stream.rateLimit} parts/s</dd>
        <dt>Base URL</dt>
        <dd>{stream.baseUrl}</dd>
        {stream.tokenHint ? (
          <>
            <dt>Token</dt>
            <dd>{stream.tokenHint}</dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}

export function StreamsPage() {
  const { streams, loading, error, load } = useStreams();
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <>
      <PageHeader title="Streams" />
      {error ? (
        <div role="alert" className="banner banner-error">
          Could not load streams: {error.message}
        </div>
      ) : null}
      {streams.length === 0 && !loading && !error ? (
        <EmptyState title="No streams">Streams you add with a CommPeak token appear here.</EmptyState>
      ) : (
        <ul className="card-list" aria-label="Streams" aria-busy={loading}>
          {streams.map((s) => (
            <StreamCard key={s.id} stream={s} />
          ))}
        </ul>
      )}
    </>
  );
}
