import type { DatabaseSync } from 'node:sqlite';
import type { Handlers } from '../../../shared/contract/dispatcher';
import { AppFailure } from '../../../shared/contract/result';
import { deleteList, listLists, renameList } from '../contacts/contact-list';
import { deleteContacts, queryContacts } from '../contacts/contact-query';
import { addSuppressions, listSuppressions, removeSuppression } from '../contacts/suppression-list';
import { exportImportIssuesCsv, listImportIssues } from '../import/import-issues';
import { importSuppressionCsv } from '../import/import-suppression-csv';
import { sniffCsv } from '../import/sniff-csv';
import type { engineContactsMethods } from '../../engine-contract/engine-contacts-contract';
import type { BackgroundImports } from './background-imports';

export function contactsEngineHandlers(
  db: DatabaseSync,
  imports: BackgroundImports,
): Handlers<typeof engineContactsMethods> {
  return {
    'contacts:lists': () => imports.markLists(listLists(db)),
    'contacts:query': ({ listId, search, offset, limit }) =>
      queryContacts(db, listId, { search, offset, limit }),
    'contacts:deleteContacts': ({ listId, ids }) => ({ deleted: deleteContacts(db, listId, ids) }),
    'contacts:renameList': ({ id, name }) => renameList(db, id, name),
    'contacts:listUsage': ({ id }) => ({
      campaigns: db
        .prepare(
          `SELECT name FROM campaigns WHERE
             EXISTS (SELECT 1 FROM json_each(list_ids_json) WHERE value = ?)
             OR EXISTS (SELECT 1 FROM json_each(exclude_list_ids_json) WHERE value = ?)
           ORDER BY name`,
        )
        .all(id, id)
        .map((r) => String(r.name)),
    }),
    'contacts:deleteList': ({ id }) => deleteList(db, id),
    'contacts:cancelImport': ({ importId }) => imports.cancel(importId),
    'contacts:importOutcome': ({ importId }) => imports.outcome(importId),
    'contacts:importIssues': ({ runId, kind, offset, limit }) =>
      listImportIssues(db, runId, { ...(kind ? { kind } : {}), offset, limit }),
    'suppressions:list': ({ search, offset, limit }) =>
      listSuppressions(db, { search, offset, limit }),
    'suppressions:add': ({ phones, note, defaultCountry }) =>
      addSuppressions(db, phones, { source: 'manual', note, defaultCountry }),
    'suppressions:remove': ({ phone }) => ({ removed: removeSuppression(db, phone) }),
    'contacts:previewPath': ({ path, ...choices }) => sniffCsv(path, choices),
    'contacts:startImportPath': ({
      path,
      phoneColumn,
      fieldColumns,
      listId,
      newListName,
      ...rest
    }) => {
      if ((listId === undefined) === (newListName === undefined)) {
        throw new AppFailure('INVALID_INPUT', 'Choose an existing list or name a new one.');
      }
      // Runs in the background; the renderer follows it through events.
      return imports.start({
        path,
        phoneColumn,
        fieldColumns,
        ...(listId ? { listId } : { newListName }),
        ...rest,
      });
    },
    'suppressions:importPath': ({ path, note, ...rest }) =>
      importSuppressionCsv(db, { path, ...rest, ...(note ? { note } : {}) }),
    'contacts:exportIssuesTo': async ({ runId, path }) => ({
      path,
      rows: (await exportImportIssuesCsv(db, runId, path)).rows,
    }),
  };
}
