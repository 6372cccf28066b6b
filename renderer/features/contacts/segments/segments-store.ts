import { create } from 'zustand';
import type { SegmentFilter, SegmentView } from '../../../../shared/contacts/segment-types';
import type { Result } from '../../../../shared/contract/result';
import { loadLatest } from '../../../lib/load-latest';
import { reloadAfter } from '../../../lib/reload-after';
import { peaksend } from '../../../peaksend-api';

export type SegmentDraft = SegmentFilter & { readonly id?: number; readonly name: string };

interface SegmentsState {
  readonly segments: readonly SegmentView[];
  readonly loaded: boolean;
  readonly error: string | null;
  load(): Promise<void>;
  /** Creates (no id) or replaces a segment. */
  save(draft: SegmentDraft): Promise<Result<SegmentView>>;
  remove(id: number): Promise<Result<void>>;
  /** Names of the campaigns that send to the segment or leave it out. */
  usage(id: number): Promise<Result<{ campaigns: string[] }>>;
}

/** The one cache of saved segments: the Contacts page and the campaign's Audience step read it. */
export const useSegments = create<SegmentsState>((set, get) => {
  const load = loadLatest(
    () => peaksend().segments.list(),
    (result) => {
      if (result.ok) set({ segments: result.value, loaded: true, error: null });
      else set({ loaded: true, error: result.error.message });
    },
  );
  const changing = <T>(change: Promise<Result<T>>) => reloadAfter(change, () => get().load());
  return {
    segments: [],
    loaded: false,
    error: null,
    load,
    save: (draft) =>
      changing(
        peaksend().segments.save({
          ...draft,
          conditions: draft.conditions.map((c) => ({ ...c })),
        }),
      ),
    remove: (id) => changing(peaksend().segments.delete({ id })),
    usage: (id) => peaksend().segments.usage({ id }),
  };
});
