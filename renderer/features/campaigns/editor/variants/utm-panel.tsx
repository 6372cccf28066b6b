import type { Campaign } from '../../../../../shared/campaigns/campaign-types';
import type { UtmSettings } from '../../../../../shared/campaigns/message-variants';
import { slugify } from '../../../../../shared/template/utm-params';
import { plural } from '../../../../lib/format';
import { CheckboxRow } from '../../../../ui/checkbox-row';
import { TextField } from '../../../../ui/text-field';
import { composedText } from './variant-text';

/**
 * "Tag links": UTM parameters added to every http(s) link when the message is rendered, so the
 * shop's analytics count the clicks per campaign and variant — no tracking server involved.
 */
export function UtmPanel({
  campaign,
  active,
  onChange,
}: {
  campaign: Campaign;
  active: number;
  onChange(utm: UtmSettings): void;
}) {
  const { utm } = campaign;
  const set = (change: Partial<UtmSettings>) => onChange({ ...utm, ...change });
  const tagged = composedText(campaign, active);
  const several = campaign.variants.length > 1;
  return (
    <section className="utm-panel" aria-label="Tag links">
      <CheckboxRow
        label="Tag links with UTM parameters (for your analytics)"
        checked={utm.enabled}
        onChange={(enabled) => set({ enabled })}
      />
      {utm.enabled ? (
        <div className="nested-field utm-fields">
          <TextField
            label="utm_source"
            value={utm.source}
            onChange={(source) => set({ source })}
            input={{ maxLength: 60, dir: 'ltr' }}
          />
          <TextField
            label="utm_medium"
            value={utm.medium}
            onChange={(medium) => set({ medium })}
            input={{ maxLength: 60, dir: 'ltr' }}
          />
          <TextField
            label="utm_campaign"
            value={utm.campaign}
            onChange={(value) => set({ campaign: value })}
            hint="Empty: the campaign’s name as it is when sending starts."
            input={{ maxLength: 100, dir: 'ltr', placeholder: slugify(campaign.name) }}
          />
          <TextField
            label="utm_content"
            value={utm.content}
            onChange={(content) => set({ content })}
            hint={
              <>
                <code>{'{variant}'}</code> becomes each variant’s name (or its letter), so every
                variant’s clicks are counted apart.
              </>
            }
            input={{ maxLength: 60, dir: 'ltr' }}
          />
          <p className="field-hint" aria-live="polite">
            {tagged.tagged === 0
              ? `No http:// or https:// link in ${several ? 'this variant' : 'the message'} yet; only such links are tagged.`
              : `${plural(tagged.tagged, 'link')} in ${several ? 'this variant' : 'the message'} will be tagged; the counter and the preview include the parameters.`}
          </p>
          {tagged.shorteners.length > 0 ? (
            <p className="notice notice-warning">
              Links to {tagged.shorteners.join(', ')} stay as they are: a shortener hides its
              target, so it cannot be tagged. Tag the full link before you shorten it, or use the
              full link.
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
