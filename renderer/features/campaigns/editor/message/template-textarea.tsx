import { useMemo, type RefObject } from 'react';
import type { TemplateError } from '../../../../../shared/template/parse-template';
import { highlightSegments } from './template-highlight';

export interface TemplateTextareaProps {
  readonly id: string;
  readonly value: string;
  readonly errors: readonly TemplateError[];
  readonly textareaRef: RefObject<HTMLTextAreaElement | null>;
  readonly describedBy: string | undefined;
  onChange(text: string): void;
}

/**
 * The message editor: a plain textarea over a mirror layer that paints the characters forcing
 * UCS-2 and the spans of template errors. Both layers share one grid cell and the same text
 * metrics, and the textarea grows with its content, so the marks stay under their characters.
 * `dir="auto"` on both lets Hebrew and Arabic messages run right to left.
 */
export function TemplateTextarea({
  id,
  value,
  errors,
  textareaRef,
  describedBy,
  onChange,
}: TemplateTextareaProps) {
  const segments = useMemo(() => highlightSegments(value, errors), [value, errors]);
  return (
    <div className="template-input">
      <div className="template-mirror" aria-hidden="true" dir="auto" data-testid="template-mirror">
        {segments.map((s, i) =>
          s.ucs2 || s.error ? (
            <mark
              key={i}
              className={[
                s.ucs2 ? 'mark-ucs2' : '',
                s.fixable ? 'mark-fixable' : '',
                s.error ? 'mark-error' : '',
              ]
                .filter(Boolean)
                .join(' ')}
            >
              {s.text}
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
        {/* A trailing newline needs a character after it to take up its line. */}
        {'\u200b'}
      </div>
      <textarea
        id={id}
        ref={textareaRef}
        dir="auto"
        rows={5}
        spellCheck
        value={value}
        aria-invalid={errors.length > 0 ? true : undefined}
        aria-describedby={describedBy}
        placeholder="Hi {first_name}, …"
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
