import { useEffect, useState } from 'react';
import type { ContactListView } from '../../../../shared/contacts/contact-types';
import type { SegmentView } from '../../../../shared/contacts/segment-types';
import { Icon } from '../../../ui/icon';
import { describeCondition } from './condition-draft';
import { DeleteSegmentDialog } from './delete-segment-dialog';
import { countWords, SegmentEditorDialog } from './segment-editor-dialog';
import { useSegments } from './segments-store';
import { useSegmentCount } from './use-segment-count';

function SegmentItem({
  segment,
  list,
  onEdit,
  onDelete,
}: {
  segment: SegmentView;
  list: ContactListView;
  onEdit(): void;
  onDelete(): void;
}) {
  const count = useSegmentCount(segment, `${list.contactCount}:${list.updatedAt}`, 0);
  const joiner = segment.match === 'all' ? ' and ' : ' or ';
  return (
    <li className="segment-item">
      <div>
        <strong dir="auto">{segment.name}</strong>
        <span className="muted segment-summary" dir="auto">
          {segment.conditions.length === 0
            ? 'Everyone in the list'
            : segment.conditions.map(describeCondition).join(joiner)}
        </span>
      </div>
      <span className="segment-item-count" data-testid={`segment-count-${segment.id}`}>
        {countWords(count, list.contactCount)}
      </span>
      <div className="card-actions">
        <button type="button" onClick={onEdit} aria-label={`Edit segment ${segment.name}`}>
          <Icon name="pencil" /> Edit…
        </button>
        <button
          type="button"
          className="danger"
          onClick={onDelete}
          aria-label={`Delete segment ${segment.name}`}
        >
          <Icon name="trash" /> Delete…
        </button>
      </div>
    </li>
  );
}

/** The open list's saved segments, each with its live size, and "New segment…". */
export function ListSegments({ list }: { list: ContactListView }) {
  const { segments, load, error } = useSegments();
  const [dialog, setDialog] = useState<
    { kind: 'edit'; segment?: SegmentView } | { kind: 'delete'; segment: SegmentView } | null
  >(null);
  useEffect(() => {
    void load();
  }, [load]);
  const mine = segments.filter((s) => s.listId === list.id);
  return (
    <section className="list-segments" aria-label={`Segments of ${list.name}`}>
      <div className="list-segments-head">
        <h3>Segments</h3>
        <button type="button" onClick={() => setDialog({ kind: 'edit' })}>
          <Icon name="plus" /> New segment…
        </button>
      </div>
      {error ? (
        <p role="alert" className="banner banner-error">
          Could not load the segments: {error}
        </p>
      ) : null}
      {mine.length === 0 ? (
        <p className="muted">
          A segment is part of this list chosen by its fields, for example everyone whose segment is
          “gold”. Campaigns can send to a segment or leave it out.
        </p>
      ) : (
        <ul className="segment-items">
          {mine.map((segment) => (
            <SegmentItem
              key={segment.id}
              segment={segment}
              list={list}
              onEdit={() => setDialog({ kind: 'edit', segment })}
              onDelete={() => setDialog({ kind: 'delete', segment })}
            />
          ))}
        </ul>
      )}
      {dialog?.kind === 'edit' ? (
        <SegmentEditorDialog
          list={list}
          {...(dialog.segment ? { segment: dialog.segment } : {})}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <DeleteSegmentDialog segment={dialog.segment} onClose={() => setDialog(null)} />
      ) : null}
    </section>
  );
}
