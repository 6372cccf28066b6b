import { useRef, useState, type DragEvent } from 'react';

export interface PriceDropZoneProps {
  readonly busy: boolean;
  onFile(file: File): void;
}

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/** Accepts a dragged price CSV; "Import CSV…" is the keyboard way to the same place. */
export function PriceDropZone({ busy, onFile }: PriceDropZoneProps) {
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child the pointer crosses; count them to know when it left.
  const depth = useRef(0);
  return (
    <div
      className={over ? 'drop-zone drop-zone-active' : 'drop-zone'}
      data-testid="price-drop-zone"
      aria-busy={busy}
      onDragEnter={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        depth.current = 0;
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file && !busy) onFile(file);
      }}
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
