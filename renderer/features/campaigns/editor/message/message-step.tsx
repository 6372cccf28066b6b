import { useEffect } from 'react';
import { useStreams } from '../../../streams/streams-store';
import { useCampaignEditor } from '../campaign-editor-store';
import { TemplateActions } from '../../templates/template-actions';
import { SplitFields } from '../variants/split-fields';
import { UtmPanel } from '../variants/utm-panel';
import { VariantActions } from '../variants/variant-actions';
import { VARIANT_PANEL_ID, variantTabId, VariantTabs } from '../variants/variant-tabs';
import { addVariant } from '../variants/variant-text';
import { OptOutFooterField } from './opt-out-footer-field';
import { PhonePreview } from './phone-preview';
import { StreamSenderFields } from './stream-sender-fields';
import { useDefaultStream } from './use-default-stream';
import { VariantEditor } from './variant-editor';
import './message-step.css';
import '../variants/variants.css';

/**
 * Stream and sender; the message — one, or 2–5 variants in tabs, each with its live counter —
 * the split, the footer and link tagging; and a recipient preview of the variant on screen.
 */
export function MessageStep() {
  const campaign = useCampaignEditor((s) => s.campaign);
  const edit = useCampaignEditor((s) => s.edit);
  const invalid = useCampaignEditor((s) => s.invalid);
  const storedActive = useCampaignEditor((s) => s.activeVariant);
  const showVariant = useCampaignEditor((s) => s.showVariant);
  const { streams, load: loadStreams } = useStreams();

  useEffect(() => {
    void loadStreams();
  }, [loadStreams]);
  useDefaultStream(campaign, streams, edit);

  if (!campaign) return null;
  const stream = streams.find((s) => s.id === campaign.streamId) ?? null;
  const count = campaign.variants.length;
  const active = Math.min(storedActive, count - 1);
  const several = count > 1;
  const add = () => {
    const patch = addVariant(campaign);
    if (!patch) return;
    edit(patch);
    showVariant(patch.variants.length - 1);
  };

  return (
    <div className="message-step">
      <div className="message-main">
        <StreamSenderFields campaign={campaign} streams={streams} onEdit={edit} />
        <TemplateActions campaign={campaign} />
        <VariantTabs campaign={campaign} active={active} onSelect={showVariant} onAdd={add} />
        <div
          id={VARIANT_PANEL_ID}
          className={several ? 'variant-panel' : undefined}
          {...(several ? { role: 'tabpanel', 'aria-labelledby': variantTabId(active) } : {})}
        >
          {several ? <VariantActions campaign={campaign} active={active} /> : null}
          <VariantEditor key={active} campaign={campaign} index={active} />
        </div>
        {several ? (
          <SplitFields
            campaign={campaign}
            refused={invalid.split}
            onChange={(split) => edit({ split })}
          />
        ) : null}
        <OptOutFooterField
          footer={campaign.optOutFooter}
          streamType={stream?.type ?? null}
          onChange={(f) => edit({ optOutFooter: f })}
        />
        <UtmPanel campaign={campaign} active={active} onChange={(utm) => edit({ utm })} />
      </div>
      <PhonePreview
        campaign={campaign}
        variant={active}
        sender={campaign.sender || stream?.defaultSender || ''}
      />
    </div>
  );
}
