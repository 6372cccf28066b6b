import type { ReactNode } from 'react';

export interface PagerProps {
  readonly offset: number;
  readonly pageSize: number;
  readonly total: number;
  onChange(offset: number): void;
  /** Where the user is: "Rows 1–50 of 120". */
  readonly children: ReactNode;
}

/** Previous / Next page through a long table, with where the user is (announced politely). */
export function Pager({ offset, pageSize, total, onChange, children }: PagerProps) {
  return (
    <div className="contacts-pager">
      <span aria-live="polite">{children}</span>
      {total > pageSize ? (
        <>
          <button
            type="button"
            disabled={offset === 0}
            onClick={() => onChange(Math.max(0, offset - pageSize))}
          >
            Previous page
          </button>
          <button
            type="button"
            disabled={offset + pageSize >= total}
            onClick={() => onChange(offset + pageSize)}
          >
            Next page
          </button>
        </>
      ) : null}
    </div>
  );
}
