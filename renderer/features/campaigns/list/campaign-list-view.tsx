import { useEffect, useMemo, useState } from 'react';
import type { CampaignSummary } from '../../../../shared/campaigns/campaign-types';
import { EmptyState } from '../../../ui/empty-state';
import { Icon } from '../../../ui/icon';
import { PageHeader } from '../../../ui/page-header';
import { useToasts } from '../../../ui/toast-store';
import { peaksend } from '../../../peaksend-api';
import { useStreams } from '../../streams/streams-store';
import { useCampaignRoute } from '../campaign-route-store';
import { useContactLists } from '../contact-lists-store';
import { isEditable } from '../status-badge';
import { useCampaignList } from './campaign-list-store';
import { CampaignRow, type RowAction } from './campaign-row';
import { CampaignToolbar } from './campaign-toolbar';
import { DeleteCampaignDialog } from './delete-campaign-dialog';
import { defaultFilter, filterCampaigns } from './filter-campaigns';
import { useMinuteClock } from './use-minute-clock';
import './campaign-list.css';

export function CampaignListView() {
  const { campaigns, loading, error, load, refreshSoon } = useCampaignList();
  const streams = useStreams((s) => s.streams);
  const loadStreams = useStreams((s) => s.load);
  const { lists, load: loadLists } = useContactLists();
  const open = useCampaignRoute((s) => s.open);
  const show = useToasts((s) => s.show);
  const [filter, setFilter] = useState(defaultFilter);
  const [deleting, setDeleting] = useState<CampaignSummary | null>(null);
  const [creating, setCreating] = useState(false);
  const now = useMinuteClock();

  useEffect(() => {
    void load();
    void loadStreams();
    void loadLists();
    const api = peaksend().campaigns;
    const offProgress = api.onProgress(() => refreshSoon());
    const offStatus = api.onStatus(() => refreshSoon());
    return () => {
      offProgress();
      offStatus();
    };
  }, [load, loadStreams, loadLists, refreshSoon]);

  const streamNames = useMemo(() => new Map(streams.map((s) => [s.id, s.name])), [streams]);
  const listsById = useMemo(() => new Map(lists.map((l) => [l.id, l])), [lists]);
  const visible = useMemo(() => filterCampaigns(campaigns, filter), [campaigns, filter]);
  const archivedCount = campaigns.filter((c) => c.archived).length;

  const create = async () => {
    setCreating(true);
    const result = await peaksend().campaigns.create();
    setCreating(false);
    if (result.ok) open({ kind: 'edit', id: result.value.id });
    else show('error', `Could not create a campaign: ${result.error.message}`);
  };

  const onAction = async (action: RowAction, c: CampaignSummary) => {
    switch (action) {
      case 'open':
        open({ kind: isEditable(c.status) ? 'edit' : 'progress', id: c.id });
        return;
      case 'delete':
        setDeleting(c);
        return;
      case 'duplicate': {
        const result = await peaksend().campaigns.duplicate({ id: c.id });
        if (!result.ok) show('error', result.error.message);
        else show('success', `Created the draft “${result.value.name}”.`);
        break;
      }
      case 'archive':
      case 'unarchive': {
        const archived = action === 'archive';
        const result = await peaksend().campaigns.archive({ id: c.id, archived });
        if (!result.ok) show('error', result.error.message);
        else show('success', `${archived ? 'Archived' : 'Restored'} “${c.name}”.`);
        break;
      }
    }
    await load();
  };

  const newButton = (
    <button type="button" className="primary" disabled={creating} onClick={() => void create()}>
      <Icon name="plus" /> New campaign
    </button>
  );

  return (
    <div className="campaign-list cmp">
      <PageHeader title="Campaigns" actions={newButton} />
      {error ? (
        <div role="alert" className="banner banner-error">
          Could not load campaigns: {error.message}{' '}
          <button type="button" onClick={() => void load()}>
            Try again
          </button>
        </div>
      ) : null}
      {campaigns.length === 0 && !loading && !error ? (
        <EmptyState title="No campaigns yet">
          Create a campaign to pick an audience, write the message and check its cost before
          sending. Drafts save as you type.
        </EmptyState>
      ) : (
        <>
          <CampaignToolbar filter={filter} onChange={setFilter} />
          <div className="table-wrap">
            <table className="campaign-table" aria-label="Campaigns" aria-busy={loading}>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Status</th>
                  <th scope="col">Stream</th>
                  <th scope="col">Lists</th>
                  <th scope="col" className="num">
                    Recipients
                  </th>
                  <th scope="col">Progress</th>
                  <th scope="col" className="num">
                    Cost
                  </th>
                  <th scope="col">Last change</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {visible.map((c) => (
                  <CampaignRow
                    key={c.id}
                    campaign={c}
                    streamName={c.streamId ? (streamNames.get(c.streamId) ?? null) : null}
                    lists={listsById}
                    now={now}
                    onAction={(a, row) => void onAction(a, row)}
                  />
                ))}
              </tbody>
            </table>
          </div>
          {visible.length === 0 ? (
            <p className="muted table-empty">
              No campaigns match.
              {!filter.showArchived && archivedCount > 0
                ? ` ${archivedCount} archived ${archivedCount === 1 ? 'campaign is' : 'campaigns are'} hidden.`
                : ''}
            </p>
          ) : null}
        </>
      )}
      {deleting ? (
        <DeleteCampaignDialog campaign={deleting} onClose={() => setDeleting(null)} />
      ) : null}
    </div>
  );
}
