import { useRef, useState, type DragEvent, type ReactNode } from 'react';

const hasFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/**
 * The whole Contacts page accepts a dropped CSV; an overlay says so while a file is dragged over.
 * "Import CSV…" is the keyboard way to the same flow.
 */
export function ContactsDropZone({
  onFile,
  children,
}: {
  onFile(file: File): void;
  children: ReactNode;
}) {
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child the pointer crosses; count them to know when it left.
  const depth = useRef(0);
  return (
    <div
      className="contacts-drop-zone"
      data-testid="contacts-drop-zone"
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
        if (file) onFile(file);
      }}
    >
      {children}
      {over ? (
        <div className="contacts-drop-overlay" aria-hidden="true">
          <div className="contacts-drop-card">
            <strong>Drop the CSV file to import it</strong>
            <span>You will see a preview before anything is saved.</span>
          </div>
        </div>
      ) : null}
    </div>
  );
}
