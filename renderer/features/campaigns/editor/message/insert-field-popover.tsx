import { useEffect, useId, useRef, useState } from 'react';

export interface InsertFieldPopoverProps {
  /** Null while the audience's fields are loading. */
  readonly fields: readonly string[] | null;
  onInsert(token: string): void;
}

/** Braces and the bar would end the field early; the parser takes the fallback verbatim. */
function cleanFallback(text: string): string {
  return text.replace(/[{}|]/g, '');
}

/**
 * "Insert field": a disclosure with the audience's fields and an optional fallback, inserting
 * `{field}` or `{field|fallback}` at the cursor. Escape closes it and returns to the button.
 */
export function InsertFieldPopover({ fields, onInsert }: InsertFieldPopoverProps) {
  const [open, setOpen] = useState(false);
  const [fallback, setFallback] = useState('');
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const panel = panelRef.current;
    (panel?.querySelector<HTMLElement>('.field-choice') ?? panel?.querySelector('input'))?.focus();
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) {
        setOpen(false);
      }
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const insert = (field: string) => {
    const fb = cleanFallback(fallback);
    setOpen(false);
    setFallback('');
    onInsert(fb === '' ? `{${field}}` : `{${field}|${fb}}`);
  };

  return (
    <div className="popover-anchor">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        Insert field <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div
          ref={panelRef}
          id={panelId}
          className="popover insert-field-popover"
          role="group"
          aria-label="Insert a merge field"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        >
          {fields === null ? (
            <p className="muted">Loading the audience’s fields…</p>
          ) : fields.length === 0 ? (
            <p className="muted">Choose a list in the Audience step: its columns become fields.</p>
          ) : (
            <>
              <label className="fallback-input">
                <span>
                  Fallback when empty <span className="field-optional">(optional)</span>
                </span>
                <input
                  value={fallback}
                  placeholder="e.g. there"
                  onChange={(e) => setFallback(e.target.value)}
                />
              </label>
              <ul className="field-choices" aria-label="Fields">
                {fields.map((f) => (
                  <li key={f}>
                    <button type="button" className="field-choice" onClick={() => insert(f)}>
                      <code>{fallback ? `{${f}|${cleanFallback(fallback)}}` : `{${f}}`}</code>
                    </button>
                  </li>
                ))}
              </ul>
              <p className="field-hint">
                With a fallback, <code>{'{first_name|there}'}</code> reads “there” for contacts
                without a first name.
              </p>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
