import { useEffect, useMemo, useState } from 'react';
import { assertNever } from '../../../../shared/assert-never';
import type { CampaignSummary } from '../../../../shared/campaigns/campaign-types';
import { plural } from '../../../lib/format';
import { Icon } from '../../../ui/icon';
import { LoadError } from '../../../ui/load-error';
import { PageHeader } from '../../../ui/page-header';
import { ACTIONS_COLUMN, TableHead } from '../../../ui/table-head';
import { useToasts } from '../../../ui/toast-store';
import { useMinuteClock } from '../../../ui/use-minute-clock';
import { useContactLists } from '../../contacts/contact-lists-store';
import { useStreams } from '../../streams/streams-store';
import { useCampaignRoute } from '../campaign-route-store';
import { isEditable } from '../status-badge';
import { NewFromTemplateButton } from '../templates/new-from-template-button';
import { useCampaignList } from './campaign-list-store';
import { CampaignRow, type RowAction } from './campaign-row';
import { CampaignToolbar } from './campaign-toolbar';
import { DeleteCampaignDialog } from './delete-campaign-dialog';
import { defaultFilter, filterCampaigns } from './filter-campaigns';
import { FirstSteps } from './first-steps';
import './campaign-list.css';

const COLUMNS = [
  'Name',
  'Status',
  'Stream',
  'Lists',
  { label: 'Recipients', className: 'num' },
  'Progress',
  { label: 'Cost', className: 'num' },
  'Last change',
  ACTIONS_COLUMN,
];

export function CampaignListView() {
  const list = useCampaignList();
  const { campaigns, loading, error, load } = list;
  const streams = useStreams((s) => s.streams);
  const loadStreams = useStreams((s) => s.load);
  const { lists, load: loadLists } = useContactLists();
  const open = useCampaignRoute((s) => s.open);
  const show = useToasts((s) => s.show);
  const [filter, setFilter] = useState(defaultFilter);
  const [deleting, setDeleting] = useState<CampaignSummary | null>(null);
  const [creating, setCreating] = useState(false);
  const now = useMinuteClock();

  const watch = list.watch;
  useEffect(() => {
    void loadStreams();
    void loadLists();
    return watch();
  }, [watch, loadStreams, loadLists]);

  const streamNames = useMemo(() => new Map(streams.map((s) => [s.id, s.name])), [streams]);
  const listsById = useMemo(() => new Map(lists.map((l) => [l.id, l])), [lists]);
  const visible = useMemo(() => filterCampaigns(campaigns, filter), [campaigns, filter]);
  const archivedCount = campaigns.filter((c) => c.archived).length;

  const create = async () => {
    setCreating(true);
    const result = await list.create();
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
        const result = await list.duplicate(c.id);
        if (!result.ok) show('error', result.error.message);
        else show('success', `Created the draft “${result.value.name}”.`);
        return;
      }
      case 'archive':
      case 'unarchive': {
        const archived = action === 'archive';
        const result = await list.archive(c.id, archived);
        if (!result.ok) show('error', result.error.message);
        else show('success', `${archived ? 'Archived' : 'Restored'} “${c.name}”.`);
        return;
      }
      default:
        return assertNever(action);
    }
  };

  const newButton = (
    <>
      <NewFromTemplateButton />
      <button type="button" className="primary" disabled={creating} onClick={() => void create()}>
        <Icon name="plus" /> New campaign
      </button>
    </>
  );

  return (
    <div className="campaign-list cmp">
      <PageHeader title="Campaigns" actions={newButton} />
      {error ? (
        <LoadError
          what="Could not load campaigns"
          message={error.message}
          onRetry={() => void load()}
        />
      ) : null}
      {campaigns.length === 0 && !loading && !error ? (
        <FirstSteps creating={creating} onCreate={() => void create()} />
      ) : (
        <>
          <CampaignToolbar filter={filter} onChange={setFilter} />
          <div className="table-wrap">
            <table className="campaign-table" aria-label="Campaigns" aria-busy={loading}>
              <TableHead columns={COLUMNS} />
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
                ? ` ${plural(archivedCount, 'archived campaign is', 'archived campaigns are')} hidden.`
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
