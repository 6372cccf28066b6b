import { create } from 'zustand';
import type { ImportFinishedEvent } from '../../../../shared/contacts/contact-types';
import type { ChosenFile } from '../../../../shared/contract/files-contract';
import { latestRequest } from '../../../lib/latest-request';
import type { FilePick } from '../../../lib/pick-file';
import { peaksend } from '../../../peaksend-api';
import { useToasts } from '../../../ui/toast-store';
import { useContactLists } from '../contact-lists-store';
import { outcomeAfterRestart } from './import-after-restart';
import type { ImportState, ImportStep, ImportTarget, ReadChoices } from './import-flow-types';
import { useOptOuts } from '../opt-outs/opt-outs-store';
import { initialMapping, mappingSettings } from './mapping-draft';

const idle = {
  active: false,
  visible: false,
  choosing: false,
  step: 'preview' as ImportStep,
  target: 'list' as ImportTarget,
  file: null,
  choices: {},
  preview: null,
  previewLoading: false,
  previewError: null,
  mapping: null,
  run: null,
  outcome: null,
};

/** Re-reading with other settings: only the newest preview counts. */
const previews = latestRequest();
let preferredListId: number | null = null;
/** Finish events that arrived before startImport told us their id (tiny files are that fast). */
const early = new Map<string, ImportFinishedEvent>();

/** The import flow: preview → mapping → progress → report. One import at a time. */
export const useImport = create<ImportState>((set, get) => {
  const toast = (text: string) => useToasts.getState().show('error', text);

  const loadPreview = async (file: ChosenFile, choices: ReadChoices) => {
    const isLatest = previews.begin('latest');
    set({ previewLoading: true, previewError: null });
    const result = await peaksend().contacts.previewFile({ fileId: file.fileId, ...choices });
    if (!isLatest()) return;
    if (result.ok) set({ preview: result.value, previewLoading: false, mapping: null });
    else set({ previewLoading: false, previewError: result.error.message });
  };

  const finish = (event: ImportFinishedEvent, interrupted = false) => {
    early.clear();
    set({
      step: 'report',
      run: null,
      outcome: event.ok
        ? { kind: 'report', report: event.report }
        : { kind: 'failed', message: event.message, undo: event.undo, interrupted },
    });
    if (get().target === 'optOuts') {
      const optOuts = useOptOuts.getState();
      void optOuts.show(optOuts.search, optOuts.offset);
    } else void useContactLists.getState().load();
  };

  const open = async (pick: FilePick, target: ImportTarget, listId: number | null) => {
    const state = get();
    if (state.run) {
      toast('An import is already running. Wait for it to finish or cancel it first.');
      set({ visible: true });
      return;
    }
    if (state.choosing) return;
    set({ choosing: true });
    const chosen = await pick();
    set({ choosing: false });
    if (!chosen.ok) {
      toast(chosen.error.message);
      return;
    }
    if (chosen.value === null) return;
    preferredListId = listId;
    set({ ...idle, target, active: true, visible: true, file: chosen.value });
    await loadPreview(chosen.value, {});
  };

  /** The engine is back after stopping under the import: what did the new one find? */
  const askAfterRestart = async (importId: string | null) => {
    const found = await outcomeAfterRestart(importId);
    const run = get().run;
    if (!run || run.importId !== importId) return;
    if (found.kind === 'running') set({ run: { ...run, engineLost: false } });
    else if (found.kind === 'unknown') {
      set({ run: { ...run, engineLost: false } });
      toast(found.message);
    } else finish(found.event, true);
  };

  return {
    ...idle,
    begin: (pick, listId = null) => open(pick, 'list', listId),
    beginOptOuts: (pick) => open(pick, 'optOuts', null),
    choose: async (patch) => {
      const { file, choices } = get();
      if (!file) return;
      // Another sheet has its own header row: detect it again.
      const next =
        patch.sheet !== undefined && patch.sheet !== choices.sheet
          ? { ...choices, hasHeader: undefined, ...patch }
          : { ...choices, ...patch };
      set({ choices: next });
      await loadPreview(file, next);
    },
    toMapping: () => {
      const { preview, file, mapping, target } = get();
      if (!preview || !file) return;
      const lists = useContactLists.getState().lists;
      set({
        step: 'mapping',
        mapping: mapping ?? initialMapping(preview, file.name, lists, preferredListId, target),
      });
    },
    updateMapping: (patch) => {
      const mapping = get().mapping;
      if (mapping) set({ mapping: { ...mapping, ...patch } });
    },
    back: () => set({ step: get().step === 'report' ? 'mapping' : 'preview', outcome: null }),
    start: async () => {
      const { file, choices, mapping, preview } = get();
      if (!file || !mapping || !preview || get().run) return;
      const settings = mappingSettings(mapping, get().target);
      set({
        step: 'importing',
        outcome: null,
        run: {
          importId: null,
          progress: null,
          canceling: false,
          intoNewList: get().target === 'list' && mapping.target === 'new',
          optOuts: get().target === 'optOuts',
          engineLost: false,
        },
      });
      // The engine reads the file exactly as the preview showed it.
      const result = await peaksend().contacts.startImport({
        fileId: file.fileId,
        encoding: choices.encoding ?? preview.encoding,
        delimiter: choices.delimiter ?? preview.delimiter,
        hasHeader: choices.hasHeader ?? preview.hasHeader,
        ...(preview.sheet === null ? {} : { sheet: preview.sheet }),
        ...settings,
      });
      if (!result.ok) {
        // Refused before it began, unless the engine went away while being asked.
        const undo = result.error.code === 'ENGINE_UNAVAILABLE' ? 'unknown' : 'done';
        set({
          step: 'report',
          run: null,
          outcome: { kind: 'failed', message: result.error.message, undo },
        });
        return;
      }
      const { importId } = result.value;
      const run = get().run;
      if (run) set({ run: { ...run, importId } });
      const done = early.get(importId);
      if (done) finish(done);
      // Cancel was pressed before the engine had named the run.
      else if (run?.canceling) void peaksend().contacts.cancelImport({ importId });
    },
    cancel: async () => {
      const run = get().run;
      if (!run || run.canceling) return;
      set({ run: { ...run, canceling: true } });
      if (run.importId === null) return;
      const result = await peaksend().contacts.cancelImport({ importId: run.importId });
      if (!result.ok) {
        toast(result.error.message);
        const now = get().run;
        if (now) set({ run: { ...now, canceling: false } });
      }
    },
    hide: () => {
      if (get().run) set({ visible: false });
      else get().reset();
    },
    show: () => set({ visible: true }),
    reset: () => {
      previews.cancelAll();
      // The flow is over: main may delete its copy of the file (the preview's upload).
      const file = get().file;
      if (file) void peaksend().files.release({ fileId: file.fileId });
      set({ ...idle });
    },
    onProgress: (p) => {
      const run = get().run;
      if (run && run.importId === p.importId) set({ run: { ...run, progress: p } });
    },
    onFinished: (e) => {
      const run = get().run;
      if (!run) return;
      if (run.importId === e.importId) finish(e);
      else if (run.importId === null) early.set(e.importId, e);
    },
    onEngineStatus: (status) => {
      const run = get().run;
      if (!run) return;
      if (status.state !== 'up') {
        if (!run.engineLost) set({ run: { ...run, engineLost: true } });
      } else if (run.engineLost) void askAfterRestart(run.importId);
    },
    issues: ({ kind, ...page }) =>
      peaksend().contacts.importIssues({ ...page, ...(kind ? { kind } : {}) }),
    exportReport: (runId) => peaksend().contacts.exportIssues({ runId }),
  };
});
