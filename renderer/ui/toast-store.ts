import { create } from 'zustand';

export interface Toast {
  readonly id: number;
  readonly kind: 'info' | 'success' | 'error';
  readonly text: string;
}

interface ToastState {
  readonly toasts: readonly Toast[];
  show(kind: Toast['kind'], text: string, ms?: number): void;
  dismiss(id: number): void;
}

let nextId = 1;

/** Short-lived messages; every failed call in the app reports through here. */
export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show: (kind, text, ms = kind === 'error' ? 8000 : 4000) => {
    const id = nextId++;
    set({ toasts: [...get().toasts, { id, kind, text }] });
    setTimeout(() => get().dismiss(id), ms);
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
}));
