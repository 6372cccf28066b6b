import { useFileDrop } from '../../../ui/use-file-drop';

export interface PriceDropZoneProps {
  readonly busy: boolean;
  onFile(file: File): void;
}

/** Accepts a dragged price CSV; "Import CSV…" is the keyboard way to the same place. */
export function PriceDropZone({ busy, onFile }: PriceDropZoneProps) {
  const { over, handlers } = useFileDrop((file) => {
    if (!busy) onFile(file);
  });
  return (
    <div
      className={over ? 'drop-zone drop-zone-active' : 'drop-zone'}
      data-testid="price-drop-zone"
      aria-busy={busy}
      {...handlers}
    >
      <p className="drop-zone-title">
        {busy ? 'Reading the price list…' : 'Drop a price list (CSV) here to import it'}
      </p>
      <p className="drop-zone-hint">
        Columns: country (a code like DE, an English name or a dialling code) and price; the
        currency in its own column or in the header, like “Price (EUR)”. Decimal commas are fine.
      </p>
    </div>
  );
}
