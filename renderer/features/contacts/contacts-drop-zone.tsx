import type { ReactNode } from 'react';
import { useFileDrop } from '../../ui/use-file-drop';

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
  const { over, handlers } = useFileDrop(onFile);
  return (
    <div className="contacts-drop-zone" data-testid="contacts-drop-zone" {...handlers}>
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
