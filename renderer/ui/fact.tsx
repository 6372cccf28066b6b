import type { ReactNode } from 'react';

export interface FactProps {
  readonly term: ReactNode;
  readonly children: ReactNode;
  readonly className?: string;
  /** For the value, e.g. "mono" or a test id's element. */
  readonly valueClassName?: string;
  readonly testId?: string;
}

/** One labelled value in a `<dl>`: a figure in a summary, a fact on a card. */
export function Fact({ term, children, className, valueClassName, testId }: FactProps) {
  return (
    <div className={className}>
      <dt>{term}</dt>
      <dd className={valueClassName} data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
