export interface Column {
  readonly label: string;
  readonly className?: string;
  /** Named for screen readers only (an actions or a bar column). */
  readonly hidden?: boolean;
}

/** The column that holds a row's buttons: no heading on screen, a name for screen readers. */
export const ACTIONS_COLUMN: Column = { label: 'Actions', hidden: true };

/** A table's column headings, each `scope="col"`. */
export function TableHead({
  columns,
  className,
}: {
  columns: readonly (string | Column)[];
  /** "sr-only" for a table whose headings only screen readers need. */
  className?: string;
}) {
  return (
    <thead className={className}>
      <tr>
        {columns.map((column) => {
          const { label, className, hidden } =
            typeof column === 'string' ? { label: column } : column;
          return (
            <th key={label} scope="col" className={className}>
              {hidden ? <span className="sr-only">{label}</span> : label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
