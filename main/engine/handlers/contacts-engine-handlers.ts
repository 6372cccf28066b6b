import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { ImportFinishedEvent } from '../../../shared/contacts/contact-types';
import type { Handlers } from '../../../shared/contract/dispatcher';
import { AppFailure } from '../../../shared/contract/result';
import { changeListCountry } from '../contacts/change-list-country';
import { deleteList, listLists, renameList } from '../contacts/contact-list';
import { deleteContacts, queryContacts } from '../contacts/contact-query';
import { addSuppressions, listSuppressions, removeSuppression } from '../contacts/suppression-list';
import { importCsv } from '../import/import-csv';
import { exportImportIssuesCsv, listImportIssues } from '../import/import-issues';
import { importOptOuts } from '../import/import-opt-outs';
import type { PipelineHooks } from '../import/import-progress';
import { importSuppressionCsv } from '../import/import-suppression-csv';
import { sniffCsv } from '../import/sniff-csv';
import type { engineContactsMethods } from '../../engine-contract/engine-contacts-contract';
import type { EmitEngineEvent } from '../../engine-contract/engine-events';
import { countryDefaults } from '../settings/country-defaults';
import type { SettingsStore } from '../settings/settings-store';

type StartImportInput = Parameters<
  Handlers<typeof engineContactsMethods>['contacts:startImportPath']
>[0];

export function contactsEngineHandlers(
  db: DatabaseSync,
  emit: EmitEngineEvent,
  settings: SettingsStore,
): Handlers<typeof engineContactsMethods> {
  const running = new Map<string, AbortController>();
  const importFile = (input: StartImportInput, signal: AbortSignal, importId: string) => {
    const onProgress: PipelineHooks['onProgress'] = (p) =>
      emit('contacts:importProgress', { importId, ...p });
    const { path, phoneColumn, fieldColumns, listId, newListName, optOuts, ...rest } = input;
    if (optOuts) return importOptOuts(db, { path, phoneColumn, ...rest }, { signal, onProgress });
    return importCsv(
      db,
      { path, phoneColumn, fieldColumns, ...(listId ? { listId } : { newListName }), ...rest },
      { signal, onProgress },
    );
  };
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
    'contacts:setListCountry': ({ id, country, apply }) =>
      changeListCountry(db, id, country, apply),
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
    'contacts:previewPath': async ({ path, ...choices }) => ({
      ...(await sniffCsv(path, choices)),
      countries: countryDefaults(settings),
    }),
    'contacts:startImportPath': (input) => {
      const targets = [input.listId, input.newListName, input.optOuts].filter(
        (t) => t !== undefined,
      );
      if (targets.length !== 1) {
        throw new AppFailure(
          'INVALID_INPUT',
          'Choose an existing list, name a new one, or import into the opt-outs.',
        );
      }
      const importId = randomUUID();
      const controller = new AbortController();
      running.set(importId, controller);
      // Runs in the background; the renderer follows it through events.
      void importFile(input, controller.signal, importId)
        .then((report) => {
          // The next import suggests the country this one used.
          if (report.status === 'done' && report.defaultCountry) {
            settings.setLastImportCountry(report.defaultCountry);
          }
          return report;
        })
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
