import { useId } from 'react';
import type { CampaignProgress } from '../../../../shared/campaigns/campaign-types';
import {
  ledgerVariantLabel,
  type MessageVariant,
} from '../../../../shared/campaigns/message-variants';
import { formatCount } from '../../../lib/format';
import { useResults, type ResultVariant } from './results-store';

/** "Variant: All / Variant A (30) / …": the results of one variant only. */
export function VariantFilter({
  variants,
  progress,
}: {
  variants: readonly MessageVariant[];
  progress: CampaignProgress;
}) {
  const id = useId();
  const variant = useResults((s) => s.variant);
  return (
    <div className="cp-tool">
      <label htmlFor={id}>Variant</label>
      <select
        id={id}
        value={variant}
        onChange={(e) => useResults.getState().setVariant(e.target.value as ResultVariant)}
      >
        <option value="all">All variants</option>
        {progress.variants.map((v) => (
          <option key={v.variant} value={v.variant}>
            {ledgerVariantLabel(variants, v.variant)} ({formatCount(v.total)})
          </option>
        ))}
      </select>
    </div>
  );
}
