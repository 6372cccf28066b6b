import { useMemo } from 'react';
import type {
  QuietHoursPolicy,
  SendingWindow,
} from '../../../../shared/schedule/quiet-hours-policy';
import { useUnsavedWork } from '../../../app/leave-guard';
import { plural } from '../../../lib/format';
import { useSettings } from '../settings-store';
import { useSavedDraft } from '../use-saved-draft';
import {
  checkQuietDraft,
  countryWindow,
  draftFromPolicy,
  type QuietDraft,
  type WindowKey,
} from './quiet-hours-draft';

/** The quiet-hours editor's working copy; nothing reaches the engine until it is saved. */
export function useQuietDraft(saved: QuietHoursPolicy, revision: number) {
  const saveQuietHours = useSettings((s) => s.saveQuietHours);
  const editor = useSavedDraft(saved, revision, draftFromPolicy);
  const { draft, edit } = editor;
  const check = useMemo(() => checkQuietDraft(draft), [draft]);
  const save = async (): Promise<boolean> => {
    const { policy } = check;
    if (!policy) {
      const bad = check.errors.size;
      editor.refuse(
        bad === 0
          ? 'Nothing was saved: these quiet hours are not valid.'
          : `Nothing was saved: ${plural(bad, 'window needs', 'windows need')} a fix.`,
      );
      return false;
    }
    return editor.save(() => saveQuietHours(policy), 'Quiet hours saved.');
  };
  useUnsavedWork('Quiet hours', editor.dirty, save, editor.discard);

  /** Replaces a country's window, or adds the country at the end. Returns the row id. */
  const putCountry = (country: string, window: SendingWindow): number => {
    const existing = draft.countries.find((r) => r.country === country);
    const row = existing ? { ...existing, window } : countryWindow(country, window);
    edit((d: QuietDraft) => ({
      ...d,
      countries: existing
        ? d.countries.map((r) => (r.id === row.id ? row : r))
        : [...d.countries, row],
    }));
    return row.id;
  };

  return {
    ...editor,
    errorsFor: (key: WindowKey) => check.errors.get(key),
    hasCountry: (country: string) => draft.countries.some((r) => r.country === country),
    setDefault: (window: SendingWindow) => edit((d) => ({ ...d, default: window })),
    setCountryWindow: (id: number, window: SendingWindow) =>
      edit((d) => ({
        ...d,
        countries: d.countries.map((r) => (r.id === id ? { ...r, window } : r)),
      })),
    /** A new country starts from the default window, the rule it followed until now. */
    addCountry: (country: string) => putCountry(country, draft.default),
    putCountry,
    removeCountry: (id: number) =>
      edit((d) => ({ ...d, countries: d.countries.filter((r) => r.id !== id) })),
    save,
  };
}
