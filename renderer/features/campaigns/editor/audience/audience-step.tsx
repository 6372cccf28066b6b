import { useEffect } from 'react';
import { useNavigation } from '../../../../app/navigation-store';
import { formatCount } from '../../../../lib/format';
import { useContactLists } from '../../../contacts/contact-lists-store';
import { useSegments } from '../../../contacts/segments/segments-store';
import { useCampaignEditor } from '../campaign-editor-store';
import { useAudienceFields } from '../use-audience-fields';
import { ListChecklist } from './list-checklist';
import { SegmentChecklist } from './segment-checklist';
import { useChosenSegmentsSize } from './use-chosen-segments-size';
import './audience-step.css';

/**
 * Who gets the message: lists and segments, minus the lists and segments left out and the
 * opt-out list.
 */
export function AudienceStep() {
  const campaign = useCampaignEditor((s) => s.campaign);
  const edit = useCampaignEditor((s) => s.edit);
  const { lists, loaded, error, load } = useContactLists();
  const go = useNavigation((s) => s.go);
  const segmentsState = useSegments();
  const loadSegments = segmentsState.load;
  const fields = useAudienceFields(campaign?.listIds ?? [], campaign?.segmentIds ?? []);
  const chosenSegments = segmentsState.segments.filter((s) => campaign?.segmentIds.includes(s.id));
  const stamp = lists.map((l) => `${l.id}:${l.contactCount}:${l.updatedAt}`).join(',');
  const segmentsSize = useChosenSegmentsSize(chosenSegments, stamp);

  useEffect(() => {
    void load();
    void loadSegments();
  }, [load, loadSegments]);

  if (!campaign) return null;
  const chosen = new Set(campaign.listIds);
  const excluded = new Set(campaign.excludeListIds);
  const chosenSeg = new Set(campaign.segmentIds);
  const excludedSeg = new Set(campaign.excludeSegmentIds);
  const listsSize = lists.filter((l) => chosen.has(l.id)).reduce((n, l) => n + l.contactCount, 0);
  const upTo = segmentsSize === null ? null : listsSize + segmentsSize;
  const nothingChosen = chosen.size === 0 && chosenSeg.size === 0;
  const { segments } = segmentsState;
  // A list whose import has not finished is part of a file: the engine refuses to send to it.
  const unusable = new Map(
    lists.flatMap((l) =>
      l.importing
        ? [
            [
              l.id,
              l.importing.state === 'running'
                ? 'Importing… usable once the import has finished'
                : 'Import interrupted — not usable',
            ] as const,
          ]
        : [],
    ),
  );

  if (error) {
    return (
      <div role="alert" className="banner banner-error">
        Could not load your contact lists: {error}
      </div>
    );
  }
  if (loaded && lists.length === 0) {
    return (
      <div className="notice notice-info">
        <p>
          You have no contact lists yet. Import a CSV file on the Contacts page, then come back to
          choose it here; this draft is saved.
        </p>
        <button type="button" onClick={() => go('contacts')}>
          Go to Contacts
        </button>
      </div>
    );
  }

  return (
    <div className="audience-step">
      <ListChecklist
        legend="Send to these lists"
        hint="A phone number in several lists gets the message once."
        lists={lists}
        checked={chosen}
        disabled={excluded}
        disabledWhy="Excluded below"
        unusable={unusable}
        onChange={(ids) =>
          edit({
            listIds: ids,
            excludeListIds: campaign.excludeListIds.filter((x) => !ids.includes(x)),
          })
        }
      />
      <ListChecklist
        legend="Leave out anyone in these lists"
        optional
        hint="For example, customers who already bought."
        lists={lists}
        checked={excluded}
        disabled={chosen}
        disabledWhy="Chosen above"
        unusable={unusable}
        onChange={(ids) => edit({ excludeListIds: ids })}
      />
      {segments.length > 0 ? (
        <>
          <SegmentChecklist
            legend="Send to these segments"
            hint="Part of a list chosen by its fields; make them on the Contacts page."
            segments={segments}
            lists={lists}
            checked={chosenSeg}
            disabled={excludedSeg}
            disabledWhy="Excluded"
            onChange={(ids) =>
              edit({
                segmentIds: ids,
                excludeSegmentIds: campaign.excludeSegmentIds.filter((x) => !ids.includes(x)),
              })
            }
          />
          <SegmentChecklist
            legend="Leave out anyone in these segments"
            hint="For example, everyone whose segment is “churned”."
            segments={segments}
            lists={lists}
            checked={excludedSeg}
            disabled={chosenSeg}
            disabledWhy="Chosen"
            onChange={(ids) => edit({ excludeSegmentIds: ids })}
          />
        </>
      ) : null}
      <div className="notice notice-info audience-summary" role="status">
        {nothingChosen ? (
          <p>Choose at least one list or segment.</p>
        ) : (
          <p>
            Up to <strong>{upTo === null ? '…' : formatCount(upTo)}</strong> contacts. Everyone on
            your opt-out (suppression) list is always left out, and so are the lists and segments
            you exclude; the Review step shows the exact count.
          </p>
        )}
        {fields.fields && fields.fields.length > 0 ? (
          <p>
            Fields you can use in the message:{' '}
            {fields.fields.map((f, i) => (
              <span key={f}>
                {i > 0 ? ', ' : ''}
                <code>{`{${f}}`}</code>
              </span>
            ))}
          </p>
        ) : null}
      </div>
    </div>
  );
}
