// The stylesheets of the pages loaded on demand (app.tsx), imported here at the place their
// pages used to be imported, so the one stylesheet keeps the order — and the cascade — it had
// when every page was in the first bundle. Only the pages' code waits until they are opened.
import '../features/contacts/contacts.css';
import '../features/contacts/lists/contact-grid.css';
import '../features/contacts/contacts-import.css';
import '../features/contacts/import/import-progress.css';
import '../features/contacts/segments/segments.css';
import '../features/settings/settings.css';
import '../features/settings/prices/prices.css';
import '../features/settings/quiet-hours/quiet-hours.css';
import '../features/settings/sender-rules/sender-rules.css';
