import { streamTypeLabels, type StreamView } from '../../../shared/streams/stream-types';
import { formatCount } from '../../lib/format';
import { Fact } from '../../ui/fact';
import { Icon } from '../../ui/icon';
import { RelativeTime } from '../../ui/relative-time';
import { SandboxProfileSelect } from './sandbox-profile-select';
import { statusLabel, StreamStatus } from './stream-status';
import { StreamToken } from './stream-token';

export type StreamAction = 'edit' | 'replaceToken' | 'delete' | 'sendTest';

export interface StreamCardProps {
  readonly stream: StreamView;
  /** The page's clock, so "3 minutes ago" ticks without each card owning a timer. */
  readonly now: Date;
  onAction(action: StreamAction, stream: StreamView): void;
}

function Badges({ stream }: { stream: StreamView }) {
  return (
    <>
      <span className="badge badge-neutral">{streamTypeLabels[stream.type]}</span>
      {stream.builtIn ? <span className="badge badge-info">no real messages</span> : null}
      {stream.protection === 'unprotected' ? (
        <span
          className="badge badge-warning"
          title="This computer has no protected key store; the token is stored without protection."
        >
          unprotected
        </span>
      ) : null}
      {stream.protection === 'unreadable' ? (
        <span className="badge badge-error">token unreadable — paste it again</span>
      ) : null}
    </>
  );
}

/** One stream: what it is, how its last call went, and what the user can do with it. */
export function StreamCard({ stream, now, onAction }: StreamCardProps) {
  const { name } = stream;
  const status = stream.health ?? 'never';
  const unreadable = stream.protection === 'unreadable';
  return (
    <li className="card stream-card" aria-label={`Stream ${name}`}>
      <div className="stream-card-head">
        <div className="card-title">
          <span
            className={`status-dot status-${status}`}
            role="img"
            aria-label={`Last call: ${statusLabel(status)}`}
            title={`Last call: ${statusLabel(status)}`}
          />
          <h2 dir="auto">{name}</h2>
          <Badges stream={stream} />
        </div>
        <div className="card-actions" role="group" aria-label={`Actions for ${name}`}>
          <button
            type="button"
            aria-label={`Send test message from ${name}`}
            onClick={() => onAction('sendTest', stream)}
          >
            <Icon name="send" /> Send test
          </button>
          <button
            type="button"
            aria-label={`Edit ${name}`}
            onClick={() => onAction('edit', stream)}
          >
            <Icon name="pencil" /> Edit
          </button>
          {stream.builtIn ? null : (
            <>
              <button
                type="button"
                className={unreadable ? 'primary' : undefined}
                aria-label={`Replace token for ${name}`}
                onClick={() => onAction('replaceToken', stream)}
              >
                <Icon name="key" /> Replace token
              </button>
              <button
                type="button"
                className="danger"
                aria-label={`Delete ${name}`}
                onClick={() => onAction('delete', stream)}
              >
                <Icon name="trash" /> Delete
              </button>
            </>
          )}
        </div>
      </div>
      <dl className="fact-grid">
        <Fact term="Default sender" className="fact">
          {stream.defaultSender || <span className="muted">Chosen per campaign</span>}
        </Fact>
        <Fact term="Rate limit" className="fact">
          {formatCount(stream.rateLimit)} parts/s
        </Fact>
        <Fact term="Last call" className="fact">
          <StreamStatus health={stream.health} />
          {stream.lastUsedAt ? (
            <>
              {' · '}
              <RelativeTime iso={stream.lastUsedAt} now={now} />
            </>
          ) : null}
        </Fact>
        <Fact term="Token" className="fact">
          {stream.builtIn ? (
            <span className="muted">Built in</span>
          ) : (
            <StreamToken stream={stream} />
          )}
        </Fact>
        <Fact term="Base URL" className="fact fact-wide">
          <span className={stream.builtIn ? undefined : 'mono'}>{stream.baseUrl}</span>
        </Fact>
        {stream.builtIn ? (
          <Fact term="Behaviour" className="fact fact-wide">
            <SandboxProfileSelect profile={stream.sandboxProfile} />
          </Fact>
        ) : (
          <Fact term="Allowed IPs" className="fact fact-wide">
            {stream.allowedIps.length > 0 ? (
              <span className="mono">{stream.allowedIps.join(', ')}</span>
            ) : (
              <span className="muted">Any (none listed)</span>
            )}
          </Fact>
        )}
      </dl>
    </li>
  );
}
