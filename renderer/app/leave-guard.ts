import { useEffect, useRef } from 'react';
import { create } from 'zustand';

/** A part of a page with edits that are not saved yet (a Settings section's draft). */
export interface UnsavedWork {
  readonly label: string;
  /** Runs the section's own Save (with its checks); true when everything was saved. */
  save(): Promise<boolean>;
  discard(): void;
}

export type LeaveChoice = 'save' | 'discard' | 'stay';

interface LeaveGuardState {
  readonly unsaved: ReadonlyMap<string, UnsavedWork>;
  /** A navigation waiting for "Save or discard your changes?"; null when none. */
  readonly pending: (() => void) | null;
  readonly saving: boolean;
  register(id: string, work: UnsavedWork): void;
  unregister(id: string): void;
  /** Runs `leave` now, or once the user saved or discarded what is unsaved. */
  request(leave: () => void): void;
  answer(choice: LeaveChoice): Promise<void>;
}

// Closing or reloading the window with unsaved edits: the browser's own "Leave site?" question
// (the app's shell asks natively, see main/shell/unload-guard.ts).
function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (useLeaveGuard.getState().unsaved.size === 0) return;
  event.preventDefault();
  // Older engines ask only when returnValue is set.
  event.returnValue = '';
}
let listening = false;

/** Unsaved edits, and the question asked before an in-app navigation would drop them. */
export const useLeaveGuard = create<LeaveGuardState>((set, get) => ({
  unsaved: new Map(),
  pending: null,
  saving: false,
  register: (id, work) => {
    if (!listening && typeof window !== 'undefined') {
      window.addEventListener('beforeunload', onBeforeUnload);
      listening = true;
    }
    set({ unsaved: new Map(get().unsaved).set(id, work) });
  },
  unregister: (id) => {
    if (!get().unsaved.has(id)) return;
    const unsaved = new Map(get().unsaved);
    unsaved.delete(id);
    set({ unsaved });
  },
  request: (leave) => {
    if (get().unsaved.size === 0) leave();
    else set({ pending: leave });
  },
  answer: async (choice) => {
    const { pending, unsaved } = get();
    if (pending === null) return;
    const work = [...unsaved.values()];
    switch (choice) {
      case 'stay':
        set({ pending: null });
        return;
      case 'discard':
        for (const w of work) w.discard();
        set({ pending: null, unsaved: new Map() });
        pending();
        return;
      case 'save': {
        set({ saving: true });
        const saved = await Promise.all(work.map((w) => w.save()));
        set({ saving: false, pending: null });
        // A refused save stays on the page, where the section says what to fix.
        if (saved.every(Boolean)) pending();
        return;
      }
    }
  },
}));

/**
 * Registers a section's unsaved edits while `dirty`, with its save and discard; the latest
 * callbacks are used, so the caller passes them inline.
 */
export function useUnsavedWork(
  label: string,
  dirty: boolean,
  save: () => Promise<boolean>,
  discard: () => void,
): void {
  const latest = useRef({ save, discard });
  useEffect(() => {
    latest.current = { save, discard };
  });
  useEffect(() => {
    if (!dirty) return undefined;
    const id = `${label}-${Math.random().toString(36).slice(2)}`;
    useLeaveGuard.getState().register(id, {
      label,
      save: () => latest.current.save(),
      discard: () => latest.current.discard(),
    });
    return () => useLeaveGuard.getState().unregister(id);
  }, [label, dirty]);
}
