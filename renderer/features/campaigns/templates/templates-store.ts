import { create } from 'zustand';
import type { Campaign } from '../../../../shared/campaigns/campaign-types';
import type { MessageTemplate } from '../../../../shared/campaigns/message-template';
import type { AppError, Result } from '../../../../shared/contract/result';
import { loadLatest } from '../../../lib/load-latest';
import { reloadAfter } from '../../../lib/reload-after';
import { peaksend } from '../../../peaksend-api';

interface TemplatesState {
  readonly templates: readonly MessageTemplate[];
  readonly loaded: boolean;
  readonly error: AppError | null;
  load(): Promise<void>;
  save(campaignId: number, name: string, replace: boolean): Promise<Result<MessageTemplate>>;
  rename(id: number, name: string): Promise<Result<MessageTemplate>>;
  remove(id: number): Promise<Result<void>>;
  /** A new draft campaign with the template's message. */
  newCampaign(id: number): Promise<Result<Campaign>>;
  /** The draft's message replaced by the template's. */
  apply(id: number, campaignId: number): Promise<Result<Campaign>>;
}

/** Saved messages (stored by the engine with the drafts, so they work offline too). */
export const useTemplates = create<TemplatesState>((set, get) => {
  const load = loadLatest(
    () => peaksend().templates.list(),
    (result) => {
      if (result.ok) set({ templates: result.value, loaded: true, error: null });
      else set({ loaded: true, error: result.error });
    },
  );
  const changing = <T>(change: Promise<Result<T>>) => reloadAfter(change, () => get().load());
  return {
    templates: [],
    loaded: false,
    error: null,
    load,
    save: (campaignId, name, replace) =>
      changing(peaksend().templates.save({ campaignId, name, replace })),
    rename: (id, name) => changing(peaksend().templates.rename({ id, name })),
    remove: (id) => changing(peaksend().templates.delete({ id })),
    newCampaign: (id) => peaksend().templates.newCampaign({ id }),
    apply: (id, campaignId) => peaksend().templates.apply({ id, campaignId }),
  };
});
