import { formatCount } from '../../lib/format';

export interface CountTileProps {
  readonly label: string;
  readonly value: number;
  readonly note?: string;
  /** Colours the tile when the number deserves attention. */
  readonly tone?: 'ok' | 'error' | 'warning' | undefined;
}

/** One labelled number in a report (`<dl>` item). */
export function CountTile({ label, value, note, tone }: CountTileProps) {
  return (
    <div className={tone ? `contacts-count contacts-count-${tone}` : 'contacts-count'}>
      <dt>{label}</dt>
      <dd>
        <span className="contacts-count-value">{formatCount(value)}</span>
        {note ? <span className="contacts-count-note">{note}</span> : null}
      </dd>
    </div>
  );
}
