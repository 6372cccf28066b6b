import { useId } from 'react';
import type { Campaign } from '../../../../../shared/campaigns/campaign-types';
import { MAX_VARIANTS, variantKey } from '../../../../../shared/campaigns/message-variants';
import { useCampaignEditor } from '../campaign-editor-store';
import { addVariant, changeVariant, removeVariant } from './variant-text';

/** The variant on screen: its name, a copy of it as a new variant, or away with it. */
export function VariantActions({ campaign, active }: { campaign: Campaign; active: number }) {
  const edit = useCampaignEditor((s) => s.edit);
  const showVariant = useCampaignEditor((s) => s.showVariant);
  const id = useId();
  const key = variantKey(active);
  const variant = campaign.variants[active];
  const duplicate = () => {
    const patch = addVariant(campaign, active);
    if (!patch) return;
    edit(patch);
    showVariant(patch.variants.length - 1);
  };
  const remove = () => {
    const patch = removeVariant(campaign, active);
    if (!patch) return;
    edit(patch);
    showVariant(Math.max(0, active - 1));
  };
  return (
    <div className="variant-actions">
      <div className="field variant-name">
        <label htmlFor={`${id}-name`}>
          Name of variant {key} <span className="field-optional">(optional)</span>
        </label>
        <input
          id={`${id}-name`}
          dir="auto"
          maxLength={40}
          value={variant?.name ?? ''}
          placeholder={`Variant ${key}`}
          onChange={(e) => edit(changeVariant(campaign, active, { name: e.target.value }))}
        />
      </div>
      <button type="button" disabled={campaign.variants.length >= MAX_VARIANTS} onClick={duplicate}>
        Duplicate variant {key}
      </button>
      <button type="button" className="danger" onClick={remove}>
        Remove variant {key}
      </button>
    </div>
  );
}
