import { useEffect, useRef, useState } from 'react';
import type { MessageAnalysis } from '../../../../../shared/sms/analyze-message';
import { formatCount, plural } from '../../../../lib/format';
import { Fact } from '../../../../ui/fact';
import { describeChar, visibleChar } from './char-label';

/** Hebrew or Arabic text is all UCS-2: list a few characters, not the whole alphabet. */
const MAX_LISTED = 12;

export interface MessageCounterProps {
  readonly analysis: MessageAnalysis;
  readonly includesFooter: boolean;
  /** Links in it carry their UTM parameters. */
  readonly includesTags?: boolean;
  /** Opens the replacement diff; null when no character has a GSM equivalent. */
  readonly onReplace: (() => void) | null;
}

/** Characters, encoding, parts and room left, for the text as typed (fields as written). */
export function MessageCounter({
  analysis: a,
  includesFooter,
  includesTags = false,
  onReplace,
}: MessageCounterProps) {
  const announcement = useEncodingAnnouncement(a.encoding, a.parts);
  return (
    <div className="message-counter">
      <dl className="counter-figures" aria-label="Message length">
        <Fact term="Characters" testId="counter-chars">
          {formatCount(a.units)}
        </Fact>
        <Fact
          term="Encoding"
          testId="counter-encoding"
          valueClassName={a.encoding === 'UCS-2' ? 'is-ucs2' : ''}
        >
          {a.encoding}
        </Fact>
        <Fact term="Parts" testId="counter-parts">
          {formatCount(a.parts)}
        </Fact>
        <Fact term="Left in this part" testId="counter-left">
          {formatCount(a.parts === 0 ? a.charsPerPart : a.remainingInPart)}
        </Fact>
      </dl>
      <p className="field-hint">
        {a.encoding === 'GSM-7'
          ? `GSM-7: 160 characters in one part, 153 per part when longer.`
          : `UCS-2: 70 characters in one part, 67 per part when longer.`}{' '}
        {includesFooter ? 'Includes the opt-out footer. ' : ''}
        {includesTags ? 'Links are counted with their UTM parameters. ' : ''}
        Merge fields count as written; the Review step counts each recipient’s message.
      </p>
      {a.nonGsmChars.length > 0 ? (
        <div className="ucs2-notice notice notice-warning">
          <p>
            {a.nonGsmChars.length === 1 ? 'This character forces' : 'These characters force'} UCS-2,
            which fits less than half as much text per part:
          </p>
          <ul className="char-list" aria-label="Characters that force UCS-2">
            {a.nonGsmChars.slice(0, MAX_LISTED).map((c) => (
              <li key={c.char}>
                <mark className="mark-ucs2 char-sample">{visibleChar(c.char)}</mark>{' '}
                {describeChar(c.char, c.codePoint)}
                {c.count > 1 ? ` × ${c.count}` : ''}
              </li>
            ))}
            {a.nonGsmChars.length > MAX_LISTED ? (
              <li>and {a.nonGsmChars.length - MAX_LISTED} more</li>
            ) : null}
          </ul>
          {onReplace ? (
            <button type="button" onClick={onReplace}>
              Replace with GSM equivalents…
            </button>
          ) : (
            <p className="field-hint">
              None of them has a GSM look-alike; change or remove them by hand if you want GSM-7.
            </p>
          )}
        </div>
      ) : null}
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

/** Says "Now UCS-2, 2 parts" when encoding or parts change, not on every keystroke. */
function useEncodingAnnouncement(encoding: string, parts: number): string {
  const [text, setText] = useState('');
  const previous = useRef({ encoding, parts });
  useEffect(() => {
    const p = previous.current;
    if (p.encoding === encoding && p.parts === parts) return undefined;
    previous.current = { encoding, parts };
    const timer = setTimeout(() => setText(`Now ${encoding}, ${plural(parts, 'part')}.`), 600);
    return () => clearTimeout(timer);
  }, [encoding, parts]);
  return text;
}
