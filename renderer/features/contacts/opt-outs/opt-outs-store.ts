import { create } from 'zustand';
import type {
  AddSuppressionsView,
  SuppressionView,
} from '../../../../shared/contacts/contact-types';
import type { PeaksendApi } from '../../../../shared/contract/contract';
import type { Result } from '../../../../shared/contract/result';
import { latestRequest } from '../../../lib/latest-request';
import { reloadAfter } from '../../../lib/reload-after';
import { peaksend } from '../../../peaksend-api';

export const OPT_OUT_PAGE = 100;

export type AddOptOutsInput = Parameters<PeaksendApi['suppressions']['add']>[0];

export interface OptOutPage {
  readonly rows: readonly SuppressionView[];
  readonly total: number;
  readonly error: string | null;
  readonly loaded: boolean;
}

interface OptOutsState {
  /** The search and offset `page` was asked for. */
  readonly search: string;
  readonly offset: number;
  readonly page: OptOutPage;
  /** Shows one page of the opt-outs matching `search`; a new search starts on the first page. */
  show(search: string, offset?: number): Promise<void>;
  add(input: AddOptOutsInput): Promise<Result<AddSuppressionsView>>;
  remove(phone: string): Promise<Result<{ removed: boolean }>>;
}

/**
 * The opt-out (suppression) list as the Opt-outs tab shows it: one page of one search. Files of
 * opt-outs go through the import flow (`useImport().beginOptOuts`), which reloads this page.
 */
export const useOptOuts = create<OptOutsState>((set, get) => {
  const pages = latestRequest();
  const changing = <T>(change: Promise<Result<T>>) =>
    reloadAfter(change, () => get().show(get().search, get().offset));
  return {
    search: '',
    offset: 0,
    page: { rows: [], total: 0, error: null, loaded: false },
    show: async (search, offset = 0) => {
      const isLatest = pages.begin('latest');
      set({ search, offset });
      const result = await peaksend().suppressions.list({ search, offset, limit: OPT_OUT_PAGE });
      if (!isLatest()) return;
      if (result.ok) set({ page: { ...result.value, error: null, loaded: true } });
      else set({ page: { ...get().page, error: result.error.message, loaded: true } });
    },
    add: (input) => changing(peaksend().suppressions.add(input)),
    remove: (phone) => changing(peaksend().suppressions.remove({ phone })),
  };
});
