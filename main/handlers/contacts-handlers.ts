import type {
  contactsFileMethods,
  contactsPassThroughMethods,
} from '../../shared/contract/contacts-contract';
import type { Handlers } from '../../shared/contract/dispatcher';
import { forward } from '../../shared/contract/forward';
import type { MainPorts } from './main-ports';

/** Contact and opt-out calls main forwards unchanged. */
export function contactsPassThroughHandlers(
  ports: MainPorts,
): Handlers<typeof contactsPassThroughMethods> {
  const { contacts, suppressions } = ports.engine;
  return {
    'contacts:lists': () => forward(contacts.lists()),
    'contacts:query': (input) => forward(contacts.query(input)),
    'contacts:deleteContacts': (input) => forward(contacts.deleteContacts(input)),
    'contacts:renameList': (input) => forward(contacts.renameList(input)),
    'contacts:listUsage': (input) => forward(contacts.listUsage(input)),
    'contacts:deleteList': (input) => forward(contacts.deleteList(input)),
    'contacts:setListCountry': (input) => forward(contacts.setListCountry(input)),
    'contacts:cancelImport': (input) => forward(contacts.cancelImport(input)),
    'contacts:importIssues': (input) => forward(contacts.importIssues(input)),
    'suppressions:list': (input) => forward(suppressions.list(input)),
    'suppressions:add': (input) => forward(suppressions.add(input)),
    'suppressions:remove': (input) => forward(suppressions.remove(input)),
  };
}

/** Calls naming a file by id: only main knows the path behind it. */
export function contactsFileHandlers(ports: MainPorts): Handlers<typeof contactsFileMethods> {
  const { contacts, suppressions } = ports.engine;
  return {
    'contacts:previewFile': ({ fileId, ...choices }) =>
      forward(contacts.previewPath({ path: ports.files.pathOf(fileId), ...choices })),
    'contacts:startImport': ({ fileId, ...settings }) =>
      forward(contacts.startImportPath({ path: ports.files.pathOf(fileId), ...settings })),
    'suppressions:importFile': ({ fileId, ...settings }) =>
      forward(suppressions.importPath({ path: ports.files.pathOf(fileId), ...settings })),
    'contacts:exportIssues': async ({ runId }) => {
      const path = await ports.chooseSavePath(`import report ${runId}.csv`);
      if (!path) return null;
      return forward(contacts.exportIssuesTo({ runId, path }));
    },
  };
}
