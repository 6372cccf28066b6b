import { EmptyState } from '../../ui/empty-state';
import { PageHeader } from '../../ui/page-header';

export function ContactsPage() {
  return (
    <>
      <PageHeader title="Contacts" />
      <EmptyState title="No contact lists yet">
        Contact lists imported from CSV files, and your opt-out list, will appear here.
      </EmptyState>
    </>
  );
}
