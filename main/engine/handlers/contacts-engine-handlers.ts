import type { DatabaseSync } from 'node:sqlite';
import type { Handlers } from '../../../shared/contract/dispatcher';
import { AppFailure } from '../../../shared/contract/result';
import { deleteList, listLists, renameList } from '../contacts/contact-list';
import { addContact, updateContact } from '../contacts/contact-edit';
import { deleteContacts, queryContacts } from '../contacts/contact-query';
import { exportList } from '../contacts/export-list';
import { addSuppressions, listSuppressions, removeSuppression } from '../contacts/suppression-list';
import { exportImportIssuesCsv, listImportIssues } from '../import/import-issues';
import { importSuppressionCsv } from '../import/import-suppression-csv';
import { sniffCsv } from '../import/sniff-csv';
import type { engineContactsMethods } from '../../engine-contract/engine-contacts-contract';
import type { BackgroundImports } from './background-imports';
import { countSegment } from '../segments/segment-contacts';
import { deleteSegment, listSegments, saveSegment, segmentUsage } from '../segments/segment-store';

export function contactsEngineHandlers(
  db: DatabaseSync,
  imports: BackgroundImports,
): Handlers<typeof engineContactsMethods> {
  return {
    'contacts:lists': () => imports.markLists(listLists(db)),
    'contacts:query': ({ listId, search, offset, limit }) =>
      queryContacts(db, listId, { search, offset, limit }),
    'contacts:add': (input) => addContact(db, input),
    'contacts:update': (input) => updateContact(db, input),
    'contacts:deleteContacts': ({ listId, ids }) => ({ deleted: deleteContacts(db, listId, ids) }),
    'contacts:renameList': ({ id, name }) => renameList(db, id, name),
    'contacts:listUsage': ({ id }) => ({
      campaigns: db
        .prepare(
          // Through its segments too: they go with the list.
          `SELECT name FROM campaigns WHERE
             EXISTS (SELECT 1 FROM json_each(list_ids_json) WHERE value = :id)
             OR EXISTS (SELECT 1 FROM json_each(exclude_list_ids_json) WHERE value = :id)
             OR EXISTS (SELECT 1 FROM segments s WHERE s.list_id = :id AND (
               EXISTS (SELECT 1 FROM json_each(segment_ids_json) WHERE value = s.id)
               OR EXISTS (SELECT 1 FROM json_each(exclude_segment_ids_json) WHERE value = s.id)))
           ORDER BY name`,
        )
        .all({ id })
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
    'contacts:exportListTo': async ({ listId, format, path }) => ({
      path,
      rows: await exportList(db, listId, format, path),
    }),
    'segments:list': (input) => listSegments(db, input?.listId),
    'segments:count': (filter) => countSegment(db, filter),
    'segments:save': (input) => saveSegment(db, input),
    'segments:delete': ({ id }) => deleteSegment(db, id),
    'segments:usage': ({ id }) => ({ campaigns: segmentUsage(db, id) }),
    'contacts:exportIssuesTo': async ({ runId, path }) => ({
      path,
      rows: (await exportImportIssuesCsv(db, runId, path)).rows,
    }),
  };
}
