import { useMemo, useState } from 'react';
import type {
  QuietHoursPolicy,
  SendingWindow,
} from '../../../../shared/schedule/quiet-hours-policy';
import { useToasts } from '../../../ui/toast-store';
import { useSettings } from '../settings-store';
import {
  checkQuietDraft,
  countryWindow,
  draftFromPolicy,
  type QuietDraft,
  type WindowKey,
} from './quiet-hours-draft';

interface DraftState {
  readonly revision: number;
  readonly draft: QuietDraft;
  readonly dirty: boolean;
}

const fresh = (saved: QuietHoursPolicy, revision: number): DraftState => ({
  revision,
  draft: draftFromPolicy(saved),
  dirty: false,
});

/** The quiet-hours editor's working copy; nothing reaches the engine until it is saved. */
export function useQuietDraft(saved: QuietHoursPolicy, revision: number) {
  const saveQuietHours = useSettings((s) => s.saveQuietHours);
  const toast = useToasts((s) => s.show);
  const [state, setState] = useState(() => fresh(saved, revision));
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [refusals, setRefusals] = useState(0);

  let current = state;
  if (state.revision !== revision) {
    current = fresh(saved, revision);
    setState(current);
  }
  const { draft, dirty } = current;
  const check = useMemo(() => checkQuietDraft(draft), [draft]);

  const edit = (change: (d: QuietDraft) => QuietDraft) => {
    setFormError(null);
    setState((s) => ({ ...s, draft: change(s.draft), dirty: true }));
  };

  /** Replaces a country's window, or adds the country at the end. Returns the row id. */
  const putCountry = (country: string, window: SendingWindow): number => {
    const existing = draft.countries.find((r) => r.country === country);
    const row = existing ? { ...existing, window } : countryWindow(country, window);
    edit((d) => ({
      ...d,
      countries: existing
        ? d.countries.map((r) => (r.id === row.id ? row : r))
        : [...d.countries, row],
    }));
    return row.id;
  };

  return {
    draft,
    dirty,
    busy,
    formError,
    refusals,
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
    discard: () => {
      setFormError(null);
      setState(fresh(saved, revision));
    },
    save: async () => {
      if (!check.policy) {
        const bad = check.errors.size;
        setFormError(
          bad === 0
            ? 'Nothing was saved: these quiet hours are not valid.'
            : `Nothing was saved: ${bad === 1 ? '1 window needs' : `${bad} windows need`} a fix.`,
        );
        setRefusals((n) => n + 1);
        return;
      }
      setBusy(true);
      const result = await saveQuietHours(check.policy);
      setBusy(false);
      if (!result.ok) {
        setFormError(result.error.message);
        return;
      }
      toast('success', 'Quiet hours saved.');
    },
  };
}
