import type { UnreadableStreamView } from '../../../shared/streams/unreadable-stream';
import { Fact } from '../../ui/fact';
import { Icon } from '../../ui/icon';

export interface UnreadableStreamCardProps {
  readonly record: UnreadableStreamView;
  onRestore(record: UnreadableStreamView): void;
  onRemove(record: UnreadableStreamView): void;
}

/**
 * A stream record the settings file holds but Peaksend cannot read. It is kept in the file as it
 * was; the user enters its token again (a new record from what could be read) or removes it.
 */
export function UnreadableStreamCard({ record, onRestore, onRemove }: UnreadableStreamCardProps) {
  const name = record.name ?? 'A stream without a name';
  return (
    <li className="card stream-card" aria-label={`Unreadable stream ${name}`}>
      <div className="stream-card-head">
        <div className="card-title">
          <h2>{name}</h2>
          <span className="badge badge-error">cannot be read — enter its token again</span>
        </div>
        <div className="card-actions" role="group" aria-label={`Actions for ${name}`}>
          <button type="button" className="primary" onClick={() => onRestore(record)}>
            <Icon name="key" /> Enter token again…
          </button>
          <button type="button" className="danger" onClick={() => onRemove(record)}>
            <Icon name="trash" /> Remove
          </button>
        </div>
      </div>
      <dl className="fact-grid">
        <Fact term="Base URL" className="fact fact-wide">
          {record.baseUrl ? (
            <span className="mono">{record.baseUrl}</span>
          ) : (
            <span className="muted">Not readable</span>
          )}
        </Fact>
      </dl>
      <p className="muted">
        Its record in the settings file is damaged, so it cannot be used to send. It is kept as it
        was until you enter its token again or remove it.
      </p>
    </li>
  );
}
