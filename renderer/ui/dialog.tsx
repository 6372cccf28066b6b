import { useEffect, useEffectEvent, useId, useRef, type ReactNode } from 'react';

export interface DialogProps {
  readonly title: string;
  /** Called on Escape, on the close button and by the caller's own Cancel buttons. */
  onClose(): void;
  readonly children: ReactNode;
  /** Buttons at the bottom (Cancel / the main action). */
  readonly footer?: ReactNode;
  /** A short line under the title. */
  readonly description?: ReactNode;
  readonly size?: 'small' | 'medium';
  /** Wraps the body in a form: Enter submits, and the footer's submit button belongs to it. */
  onSubmit?(): void;
}

/**
 * A modal dialog on the native `<dialog>` element: showModal() gives the focus trap, the inert
 * page behind and the backdrop for free. Render it only while open; unmounting closes it and
 * puts focus back on whatever opened it. Mark the control to focus first with `data-autofocus`.
 */
export function Dialog({
  title,
  onClose,
  children,
  footer,
  description,
  size = 'medium',
  onSubmit,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onCancelEvent = useEffectEvent(() => onClose());

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // showModal() focuses the first focusable element (the close button); forms want their
    // first field instead, confirmations their safe choice. React's autoFocus runs too early.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    // Escape fires "cancel": keep React in charge of whether the dialog is open.
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCancelEvent();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      // The opener may be gone (a deleted stream's card): fall back to the page heading.
      const target = opener?.isConnected ? opener : document.querySelector<HTMLElement>('main h1');
      target?.focus();
    };
  }, []);

  const body = (
    <>
      <header className="dialog-header">
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <button type="button" className="icon-button" aria-label="Close dialog" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {description ? (
        <p id={descriptionId} className="dialog-description">
          {description}
        </p>
      ) : null}
      <div className="dialog-body">{children}</div>
      {footer ? <footer className="dialog-footer">{footer}</footer> : null}
    </>
  );

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
    >
      {onSubmit ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          {body}
        </form>
      ) : (
        body
      )}
    </dialog>
  );
}
