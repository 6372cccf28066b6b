import { useRef, type KeyboardEvent } from 'react';
import type { Campaign } from '../../../../../shared/campaigns/campaign-types';
import { MAX_VARIANTS, variantLabel } from '../../../../../shared/campaigns/message-variants';
import { countParts } from '../../../../../shared/sms/segment-count';
import { plural } from '../../../../lib/format';
import { composedText } from './variant-text';

export const variantTabId = (i: number) => `variant-tab-${i}`;
export const VARIANT_PANEL_ID = 'variant-panel';

/**
 * One tab per variant (with its parts as typed), and "Add a variant". Arrow keys move between
 * the tabs, as a tablist should; only the chosen tab is in the Tab order.
 */
export function VariantTabs({
  campaign,
  active,
  onSelect,
  onAdd,
}: {
  campaign: Campaign;
  active: number;
  onSelect(index: number): void;
  onAdd(): void;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const count = campaign.variants.length;
  const onKey = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? count - 1 : (active + step + count) % count;
    if (step === 0 && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    onSelect(to);
    refs.current[to]?.focus();
  };
  return (
    <div className="variant-bar">
      {count > 1 ? (
        <div
          role="tablist"
          aria-label="Message variants"
          className="variant-tabs"
          onKeyDown={onKey}
        >
          {campaign.variants.map((v, i) => (
            <button
              key={i}
              ref={(el) => {
                refs.current[i] = el;
              }}
              id={variantTabId(i)}
              type="button"
              role="tab"
              aria-selected={i === active}
              aria-controls={VARIANT_PANEL_ID}
              tabIndex={i === active ? 0 : -1}
              className="variant-tab"
              onClick={() => onSelect(i)}
            >
              <span dir="auto">{variantLabel(campaign.variants, i)}</span>
              <span className="variant-tab-parts">
                {v.template.trim() === ''
                  ? 'empty'
                  : plural(countParts(composedText(campaign, i).text), 'part')}
              </span>
            </button>
          ))}
        </div>
      ) : null}
      {count < MAX_VARIANTS ? (
        <button type="button" className="variant-add" onClick={onAdd}>
          {count === 1 ? 'Add a variant (A/B test)' : 'Add a variant'}
        </button>
      ) : null}
    </div>
  );
}
