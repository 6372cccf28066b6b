import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { ImportFinishedEvent } from '../../../shared/contacts/contact-types';
import type { Handlers } from '../../../shared/contract/dispatcher';
import { AppFailure } from '../../../shared/contract/result';
import { deleteList, listLists, renameList } from '../contacts/contact-list';
import { deleteContacts, queryContacts } from '../contacts/contact-query';
import { addSuppressions, listSuppressions, removeSuppression } from '../contacts/suppression-list';
import { importCsv } from '../import/import-csv';
import { exportImportIssuesCsv, listImportIssues } from '../import/import-issues';
import { importSuppressionCsv } from '../import/import-suppression-csv';
import { sniffCsv } from '../import/sniff-csv';
import type { engineContactsMethods } from '../../engine-contract/engine-contacts-contract';
import type { EmitEngineEvent } from '../../engine-contract/engine-events';

export function contactsEngineHandlers(
  db: DatabaseSync,
  emit: EmitEngineEvent,
): Handlers<typeof engineContactsMethods> {
  const running = new Map<string, AbortController>();
  return {
    'contacts:lists': () => listLists(db),
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
    'contacts:cancelImport': ({ importId }) => {
      running.get(importId)?.abort();
    },
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
      const importId = randomUUID();
      const controller = new AbortController();
      running.set(importId, controller);
      // Runs in the background; the renderer follows it through events.
      void importCsv(
        db,
        { path, phoneColumn, fieldColumns, ...(listId ? { listId } : { newListName }), ...rest },
        {
          signal: controller.signal,
          onProgress: (p) => emit('contacts:importProgress', { importId, ...p }),
        },
      )
        .then(
          (report): ImportFinishedEvent => ({ importId, ok: true, report }),
          (error: unknown): ImportFinishedEvent => ({
            importId,
            ok: false,
            message:
              error instanceof AppFailure ? error.message : 'The import failed; nothing was saved.',
          }),
        )
        .then((done) => {
          running.delete(importId);
          emit('contacts:importFinished', done);
        });
      return { importId };
    },
    'suppressions:importPath': ({ path, note, ...rest }) =>
      importSuppressionCsv(db, { path, ...rest, ...(note ? { note } : {}) }),
    'contacts:exportIssuesTo': async ({ runId, path }) => ({
      path,
      rows: (await exportImportIssuesCsv(db, runId, path)).rows,
    }),
  };
}
