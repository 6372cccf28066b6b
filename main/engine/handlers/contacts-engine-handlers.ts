import type { DatabaseSync } from 'node:sqlite';
import type { Handlers } from '../../../shared/contract/dispatcher';
import { AppFailure } from '../../../shared/contract/result';
import { changeListCountry } from '../contacts/change-list-country';
import { deleteList, listLists, renameList } from '../contacts/contact-list';
import { addContact, updateContact } from '../contacts/contact-edit';
import { deleteContacts, queryContacts } from '../contacts/contact-query';
import { exportList } from '../contacts/export-list';
import { addSuppressions, listSuppressions, removeSuppression } from '../contacts/suppression-list';
import { importCsv } from '../import/import-csv';
import { exportImportIssuesCsv, listImportIssues } from '../import/import-issues';
import { importOptOuts } from '../import/import-opt-outs';
import { importSuppressionCsv } from '../import/import-suppression-csv';
import { sniffCsv } from '../import/sniff-csv';
import type { engineContactsMethods } from '../../engine-contract/engine-contacts-contract';
import type { BackgroundImports, ImportRunHooks } from './background-imports';
import { countSegment } from '../segments/segment-contacts';
import { deleteSegment, listSegments, saveSegment, segmentUsage } from '../segments/segment-store';
import { countryDefaults } from '../settings/country-defaults';
import type { SettingsStore } from '../settings/settings-store';

type StartImportInput = Parameters<
  Handlers<typeof engineContactsMethods>['contacts:startImportPath']
>[0];

export function contactsEngineHandlers(
  db: DatabaseSync,
  imports: BackgroundImports,
  settings: SettingsStore,
): Handlers<typeof engineContactsMethods> {
  const importFile = async (input: StartImportInput, hooks: ImportRunHooks) => {
    const { path, phoneColumn, fieldColumns, listId, newListName, optOuts, ...rest } = input;
    const { importKey, ...pipelineHooks } = hooks;
    const report = optOuts
      ? await importOptOuts(db, { path, phoneColumn, ...rest, importKey }, pipelineHooks)
      : await importCsv(
          db,
          {
            path,
            phoneColumn,
            fieldColumns,
            ...(listId ? { listId } : { newListName }),
            ...rest,
            importKey,
          },
          pipelineHooks,
        );
    // The next import suggests the country this one used.
    if (report.status === 'done' && report.defaultCountry) {
      settings.setLastImportCountry(report.defaultCountry);
    }
    return report;
  };
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
    'contacts:setListCountry': ({ id, country, apply }) =>
      changeListCountry(db, id, country, apply),
    'contacts:cancelImport': ({ importId }) => imports.cancel(importId),
    'contacts:importOutcome': ({ importId }) => imports.outcome(importId),
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
      // Runs in the background; the renderer follows it through events.
      return imports.start((hooks) => importFile(input, hooks));
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
