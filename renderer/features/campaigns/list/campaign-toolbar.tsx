import { campaignStatuses } from '../../../../shared/campaigns/campaign-types';
import { statusLabel } from '../status-badge';
import type { CampaignFilter } from './filter-campaigns';

/** Search by name, filter by status, and the "Show archived" switch. */
export function CampaignToolbar({
  filter,
  onChange,
}: {
  filter: CampaignFilter;
  onChange(next: CampaignFilter): void;
}) {
  return (
    <div className="campaign-toolbar" role="search" aria-label="Filter campaigns">
      <label className="toolbar-field">
        <span className="sr-only">Search campaigns by name</span>
        <input
          type="search"
          placeholder="Search by name"
          value={filter.search}
          onChange={(e) => onChange({ ...filter, search: e.target.value })}
        />
      </label>
      <label className="toolbar-field">
        <span>Status</span>
        <select
          value={filter.status}
          onChange={(e) =>
            onChange({ ...filter, status: e.target.value as CampaignFilter['status'] })
          }
        >
          <option value="all">All</option>
          {campaignStatuses.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox-row toolbar-check">
        <input
          type="checkbox"
          checked={filter.showArchived}
          onChange={(e) => onChange({ ...filter, showArchived: e.target.checked })}
        />
        <span>Show archived</span>
      </label>
    </div>
  );
}
