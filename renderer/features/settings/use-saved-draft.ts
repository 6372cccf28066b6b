import { useState } from 'react';
import type { Result } from '../../../shared/contract/result';
import { useToasts } from '../../ui/toast-store';

interface DraftState<D> {
  /** The saved value's revision this draft started from. */
  readonly revision: number;
  readonly draft: D;
  readonly dirty: boolean;
  /** After a refused save every message shows; before it, only the ones worth interrupting. */
  readonly showAll: boolean;
}

/**
 * A settings section's working copy of a saved value: edits stay here until Save passes the
 * section's checks and main accepts them; Discard goes back to the saved value.
 */
export function useSavedDraft<S, D>(saved: S, revision: number, fromSaved: (saved: S) => D) {
  const toast = useToasts((s) => s.show);
  const fresh = (): DraftState<D> => ({
    revision,
    draft: fromSaved(saved),
    dirty: false,
    showAll: false,
  });
  const [state, setState] = useState(fresh);
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  /** Bumped on a refused save so the section can move focus to the first bad control. */
  const [refusals, setRefusals] = useState(0);

  // A save or an import changed the saved value: start again from it (React's "reset state on
  // prop change" pattern, so the inputs keep their DOM nodes and focus).
  let current = state;
  if (state.revision !== revision) {
    current = fresh();
    setState(current);
  }

  return {
    draft: current.draft,
    dirty: current.dirty,
    showAll: current.showAll,
    busy,
    formError,
    refusals,
    edit: (change: (draft: D) => D) => {
      setFormError(null);
      setState((s) => ({ ...s, draft: change(s.draft), dirty: true }));
    },
    discard: () => {
      setFormError(null);
      setState(fresh());
    },
    /** The checks refused the draft: say why and show every message. */
    refuse: (message: string) => {
      setState((s) => ({ ...s, showAll: true }));
      setFormError(message);
      setRefusals((n) => n + 1);
    },
    /** Saves through the settings store; the new revision then resets the draft. */
    save: async (run: () => Promise<Result<unknown>>, savedMessage: string): Promise<boolean> => {
      setBusy(true);
      const result = await run();
      setBusy(false);
      if (!result.ok) setFormError(result.error.message);
      else toast('success', savedMessage);
      return result.ok;
    },
  };
}
