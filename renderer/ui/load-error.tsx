import type { ReactNode } from 'react';

/** A list or page that could not be loaded: what failed, why, and a way to try again. */
export function LoadError({
  what,
  message,
  onRetry,
}: {
  /** "Could not load streams" */
  what: ReactNode;
  message: string;
  onRetry(): void;
}) {
  return (
    <div role="alert" className="banner banner-error">
      {what}: {message}{' '}
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
