import { create } from 'zustand';

/** Which campaign view is open inside the Campaigns page. */
export type CampaignView =
  | { readonly kind: 'list' }
  | { readonly kind: 'edit'; readonly id: number }
  | { readonly kind: 'progress'; readonly id: number };

interface CampaignRouteState {
  readonly view: CampaignView;
  open(view: CampaignView): void;
}

function fromHash(): CampaignView {
  const m = /^#campaigns\/(edit|progress)\/(\d+)$/.exec(location.hash);
  if (!m) return { kind: 'list' };
  return { kind: m[1] as 'edit' | 'progress', id: Number(m[2]) };
}

/** Mirrored in the URL hash (#campaigns/edit/7) so a reload reopens the same campaign. */
export const useCampaignRoute = create<CampaignRouteState>((set) => ({
  view: fromHash(),
  open: (view) => {
    history.replaceState(
      null,
      '',
      view.kind === 'list' ? '#campaigns' : `#campaigns/${view.kind}/${view.id}`,
    );
    set({ view });
  },
}));
