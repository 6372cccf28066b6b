import { useEffect } from 'react';
import { useNavigation } from '../../../../app/navigation-store';
import { formatCount } from '../../../../lib/format';
import { useContactLists } from '../../../contacts/contact-lists-store';
import { useCampaignEditor } from '../campaign-editor-store';
import { useAudienceFields } from '../use-audience-fields';
import { ListChecklist } from './list-checklist';
import './audience-step.css';

/** Who gets the message: one or more lists, minus exclusion lists and the opt-out list. */
export function AudienceStep() {
  const campaign = useCampaignEditor((s) => s.campaign);
  const edit = useCampaignEditor((s) => s.edit);
  const { lists, loaded, error, load } = useContactLists();
  const go = useNavigation((s) => s.go);
  const fields = useAudienceFields(campaign?.listIds ?? []);

  useEffect(() => {
    void load();
  }, [load]);

  if (!campaign) return null;
  const chosen = new Set(campaign.listIds);
  const excluded = new Set(campaign.excludeListIds);
  const upTo = lists.filter((l) => chosen.has(l.id)).reduce((n, l) => n + l.contactCount, 0);
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
      <div className="notice notice-info audience-summary" role="status">
        {chosen.size === 0 ? (
          <p>Choose at least one list.</p>
        ) : (
          <p>
            Up to <strong>{formatCount(upTo)}</strong> contacts. Everyone on your opt-out
            (suppression) list is always left out, and so are the lists you exclude; the Review step
            shows the exact count.
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
