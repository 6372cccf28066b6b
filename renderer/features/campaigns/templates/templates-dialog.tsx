import { useEffect } from 'react';
import type { Campaign } from '../../../../shared/campaigns/campaign-types';
import { Dialog } from '../../../ui/dialog';
import { LoadError } from '../../../ui/load-error';
import { useToasts } from '../../../ui/toast-store';
import { TemplateRow } from './template-row';
import { useTemplates } from './templates-store';
import './templates.css';

/**
 * The saved templates, to start a new campaign from (the Campaigns page) or to put into the
 * draft being edited (its Message step); each can also be renamed or deleted here.
 */
export function TemplatesDialog({
  campaignId,
  onClose,
  onDone,
}: {
  /** Set: the template replaces this draft's message. Unset: it starts a new campaign. */
  campaignId?: number;
  onClose(): void;
  onDone(campaign: Campaign): void;
}) {
  const { templates, loaded, error, load, newCampaign, apply } = useTemplates();
  const show = useToasts((s) => s.show);
  useEffect(() => {
    void load();
  }, [load]);
  const applying = campaignId !== undefined;

  const use = async (id: number) => {
    const r = applying ? await apply(id, campaignId) : await newCampaign(id);
    if (!r.ok) {
      show('error', r.error.message);
      return;
    }
    onDone(r.value);
  };

  return (
    <Dialog
      title={applying ? 'Use a template' : 'New campaign from a template'}
      description={
        applying
          ? 'The template replaces this campaign’s message: every variant, the footer, the split and link tagging. Its audience and stream stay.'
          : 'The new campaign gets the template’s message; you choose its audience next.'
      }
      onClose={onClose}
    >
      {error ? (
        <LoadError
          what="Could not load the templates"
          message={error.message}
          onRetry={() => void load()}
        />
      ) : null}
      {loaded && templates.length === 0 ? (
        <p className="muted">
          No templates yet. In a campaign’s Message step, “Save as template…” keeps its message for
          later campaigns.
        </p>
      ) : (
        <ul className="template-list" aria-label="Templates" aria-busy={!loaded}>
          {templates.map((t) => (
            <TemplateRow
              key={t.id}
              template={t}
              useLabel={applying ? 'Use this template' : 'Start a campaign'}
              onUse={() => use(t.id)}
            />
          ))}
        </ul>
      )}
    </Dialog>
  );
}
