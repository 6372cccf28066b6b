import type { CampaignStatus, CampaignSummary } from '../../../../shared/campaigns/campaign-types';

export interface CampaignFilter {
  readonly status: CampaignStatus | 'all';
  readonly search: string;
  readonly showArchived: boolean;
}

export const defaultFilter: CampaignFilter = { status: 'all', search: '', showArchived: false };

/** The rows the list shows: archived ones only on request, then status and name search. */
export function filterCampaigns(
  campaigns: readonly CampaignSummary[],
  filter: CampaignFilter,
): CampaignSummary[] {
  const needle = filter.search.trim().toLocaleLowerCase();
  return campaigns.filter(
    (c) =>
      (filter.showArchived || !c.archived) &&
      (filter.status === 'all' || c.status === filter.status) &&
      (needle === '' || c.name.toLocaleLowerCase().includes(needle)),
  );
}
