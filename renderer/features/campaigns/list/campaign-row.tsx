import type { CampaignSummary } from '../../../../shared/campaigns/campaign-types';
import { describeLeaseHolder } from '../../../../shared/campaigns/lease-holder';
import type { ContactListView } from '../../../../shared/contacts/contact-types';
import { formatCount, formatMoney, plural } from '../../../lib/format';
import { IconButton } from '../../../ui/icon-button';
import { RelativeTime } from '../../../ui/relative-time';
import { CampaignStatusBadge, isEditable } from '../status-badge';

type ListsById = ReadonlyMap<number, ContactListView>;

export type RowAction = 'open' | 'duplicate' | 'delete' | 'archive' | 'unarchive';

export interface CampaignRowProps {
  readonly campaign: CampaignSummary;
  readonly streamName: string | null;
  readonly lists: ListsById;
  readonly now: Date;
  onAction(action: RowAction, campaign: CampaignSummary): void;
}

function listNames(ids: readonly number[], lists: ListsById): string {
  if (ids.length === 0) return '—';
  const names = ids.map((id) => lists.get(id)?.name);
  if (names.every((n) => n !== undefined)) return names.join(', ');
  return plural(ids.length, 'list');
}

/**
 * Before sending, the recipients are the lists' contacts (an upper bound: suppression and
 * exclusions apply at send time); after, the ledger's exact count.
 */
function recipientsCell(c: CampaignSummary, lists: ListsById) {
  if (c.recipients > 0 || !isEditable(c.status)) return formatCount(c.recipients);
  const known = c.listIds.map((id) => lists.get(id)?.contactCount);
  if (c.listIds.length === 0 || known.some((n) => n === undefined)) return '—';
  const total = known.reduce<number>((sum, n) => sum + (n ?? 0), 0);
  return (
    <span title="Contacts in the chosen lists, before opt-outs and exclusions">
      up to {formatCount(total)}
    </span>
  );
}

function ProgressCell({ c }: { c: CampaignSummary }) {
  if (c.recipients === 0) return <>—</>;
  const share = Math.min(1, c.accepted / c.recipients);
  return (
    <div className="row-progress">
      <span>
        {formatCount(c.accepted)} / {formatCount(c.recipients)}
      </span>
      <span className="mini-bar" aria-hidden="true">
        <span style={{ width: `${share * 100}%` }} />
      </span>
    </div>
  );
}

export function CampaignRow({ campaign: c, streamName, lists, now, onAction }: CampaignRowProps) {
  const canDelete = isEditable(c.status);
  const canArchive = c.status === 'done' || c.status === 'canceled';
  return (
    <tr className={c.archived ? 'archived' : undefined}>
      <th scope="row">
        <button
          type="button"
          className="link-button"
          aria-label={`Open ${c.name}`}
          dir="auto"
          onClick={() => onAction('open', c)}
        >
          {c.name}
        </button>
        {c.archived ? <span className="badge archived-badge">Archived</span> : null}
      </th>
      <td>
        <CampaignStatusBadge status={c.status} />
        {c.heldBy ? (
          <span className="muted held-elsewhere">
            This campaign is being sent by another Peaksend ({describeLeaseHolder(c.heldBy)}).
          </span>
        ) : null}
      </td>
      <td dir="auto">{streamName ?? (c.streamId ? 'Deleted stream' : '—')}</td>
      <td className="cell-lists" dir="auto">
        {listNames(c.listIds, lists)}
      </td>
      <td className="num">{recipientsCell(c, lists)}</td>
      <td>
        <ProgressCell c={c} />
      </td>
      <td className="num">
        {c.cost !== null && c.currency !== null && c.partsSent > 0
          ? formatMoney(c.cost, c.currency)
          : '—'}
      </td>
      <td>
        <RelativeTime iso={c.updatedAt} now={now} />
      </td>
      <td className="row-actions">
        <IconButton
          icon="copy"
          label={`Duplicate ${c.name}`}
          title="Duplicate as a new draft"
          onClick={() => onAction('duplicate', c)}
        />
        {canDelete ? (
          <IconButton
            icon="trash"
            label={`Delete ${c.name}`}
            title="Delete draft"
            onClick={() => onAction('delete', c)}
          />
        ) : null}
        {canArchive ? (
          <button
            type="button"
            className="icon-button text-button"
            aria-label={`${c.archived ? 'Unarchive' : 'Archive'} ${c.name}`}
            onClick={() => onAction(c.archived ? 'unarchive' : 'archive', c)}
          >
            {c.archived ? 'Unarchive' : 'Archive'}
          </button>
        ) : null}
      </td>
    </tr>
  );
}
