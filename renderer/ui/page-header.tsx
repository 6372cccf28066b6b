import type { ReactNode } from 'react';

/** The page title (focus target after navigation) and the page's main actions. */
export function PageHeader({ title, actions }: { title: string; actions?: ReactNode }) {
  return (
    <header className="page-header">
      <h1 tabIndex={-1}>{title}</h1>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </header>
  );
}
