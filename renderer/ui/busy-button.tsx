import type { ReactNode } from 'react';

export interface BusyButtonProps {
  readonly busy: boolean;
  /** What the button says while its action runs: "Exporting…". */
  readonly busyLabel?: string;
  readonly children: ReactNode;
  readonly className?: string;
  readonly disabled?: boolean;
  onClick(): void;
}

/** A button whose action takes a while: disabled and marked busy until it is done. */
export function BusyButton({
  busy,
  busyLabel,
  children,
  className,
  disabled,
  onClick,
}: BusyButtonProps) {
  return (
    <button
      type="button"
      className={className}
      disabled={busy || disabled}
      aria-busy={busy}
      onClick={onClick}
    >
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}
