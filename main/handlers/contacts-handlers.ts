import type {
  contactsFileMethods,
  contactsPassThroughMethods,
} from '../../shared/contract/contacts-contract';
import type { Handlers } from '../../shared/contract/dispatcher';
import { forward } from '../../shared/contract/forward';
import { AppFailure, unwrap } from '../../shared/contract/result';
import type { MainPorts } from './main-ports';

/** Contact and opt-out calls main forwards unchanged. */
export function contactsPassThroughHandlers(
  ports: MainPorts,
): Handlers<typeof contactsPassThroughMethods> {
  const { contacts, suppressions, segments } = ports.engine;
  return {
    'contacts:lists': () => forward(contacts.lists()),
    'contacts:add': (input) => forward(contacts.add(input)),
    'contacts:update': (input) => forward(contacts.update(input)),
    'contacts:query': (input) => forward(contacts.query(input)),
    'contacts:deleteContacts': (input) => forward(contacts.deleteContacts(input)),
    'contacts:renameList': (input) => forward(contacts.renameList(input)),
    'contacts:listUsage': (input) => forward(contacts.listUsage(input)),
    'contacts:deleteList': (input) => forward(contacts.deleteList(input)),
    'contacts:setListCountry': (input) => forward(contacts.setListCountry(input)),
    'contacts:cancelImport': (input) => forward(contacts.cancelImport(input)),
    'contacts:importOutcome': (input) => forward(contacts.importOutcome(input)),
    'contacts:importIssues': (input) => forward(contacts.importIssues(input)),
    'suppressions:list': (input) => forward(suppressions.list(input)),
    'suppressions:add': (input) => forward(suppressions.add(input)),
    'suppressions:remove': (input) => forward(suppressions.remove(input)),
    'segments:list': (input) => forward(segments.list(input)),
    'segments:count': (input) => forward(segments.count(input)),
    'segments:save': (input) => forward(segments.save(input)),
    'segments:delete': (input) => forward(segments.delete(input)),
    'segments:usage': (input) => forward(segments.usage(input)),
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
    'suppressions:importFile': async ({ fileId, ...settings }) => {
      const answer = await suppressions.importPath({
        path: ports.files.pathOf(fileId),
        ...settings,
      });
      // Imported once per pick: the file is not needed again.
      await ports.files.release(fileId);
      return forward(answer);
    },
    'contacts:exportList': async ({ listId, format }) => {
      const list = unwrap(await contacts.lists()).find((l) => l.id === listId);
      if (!list) throw new AppFailure('NOT_FOUND', 'That contact list no longer exists.');
      const path = await ports.chooseSavePath(`${safeFileName(list.name, 'contacts')}.${format}`);
      if (!path) return null;
      return forward(contacts.exportListTo({ listId, format, path }));
    },
    'contacts:exportIssues': async ({ runId }) => {
      const path = await ports.chooseSavePath(`import report ${runId}.csv`);
      if (!path) return null;
      return forward(contacts.exportIssuesTo({ runId, path }));
    },
  };
}

/** A file name from a list or campaign name: letters, digits, spaces, "_" and "-" only. */
export function safeFileName(name: string, fallback: string): string {
  return name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || fallback;
}
