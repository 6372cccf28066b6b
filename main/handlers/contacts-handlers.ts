import {
  contactsPassThroughMethods,
  type contactsFileMethods,
} from '../../shared/contract/contacts-contract';
import type { Handlers } from '../../shared/contract/dispatcher';
import { callEngine } from './call-engine';
import type { MainPorts } from './main-ports';

type PassThrough = typeof contactsPassThroughMethods;

export function contactsPassThroughHandlers(ports: MainPorts): Handlers<PassThrough> {
  const out: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of Object.keys(contactsPassThroughMethods)) {
    out[name] = (input) => callEngine(ports.engine, name, input);
  }
  return out as unknown as Handlers<PassThrough>;
}

/** Calls naming a file by id: only main knows the path behind it. */
export function contactsFileHandlers(ports: MainPorts): Handlers<typeof contactsFileMethods> {
  return {
    'contacts:previewFile': ({ fileId, ...choices }) =>
      callEngine(ports.engine, 'contacts:previewPath', {
        path: ports.files.pathOf(fileId),
        ...choices,
      }),
    'contacts:startImport': ({ fileId, ...settings }) =>
      callEngine(ports.engine, 'contacts:startImportPath', {
        path: ports.files.pathOf(fileId),
        ...settings,
      }),
    'suppressions:importFile': ({ fileId, ...settings }) =>
      callEngine(ports.engine, 'suppressions:importPath', {
        path: ports.files.pathOf(fileId),
        ...settings,
      }),
    'contacts:exportIssues': async ({ runId }) => {
      const path = await ports.chooseSavePath(`import report ${runId}.csv`);
      if (!path) return null;
      return callEngine(ports.engine, 'contacts:exportIssuesTo', { runId, path });
    },
  };
}
