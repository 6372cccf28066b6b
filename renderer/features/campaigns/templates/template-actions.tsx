import { useState } from 'react';
import type { Campaign } from '../../../../shared/campaigns/campaign-types';
import { useToasts } from '../../../ui/toast-store';
import { useCampaignEditor } from '../editor/campaign-editor-store';
import { SaveTemplateDialog } from './save-template-dialog';
import { TemplatesDialog } from './templates-dialog';

/** The Message step's "Use a template…" and "Save as template…". */
export function TemplateActions({ campaign }: { campaign: Campaign }) {
  const [open, setOpen] = useState<'use' | 'save' | null>(null);
  const show = useToasts((s) => s.show);
  const chooseTemplate = async () => {
    // Edits waiting for autosave would land on top of the template's message: save them first.
    await useCampaignEditor.getState().flush();
    setOpen('use');
  };
  return (
    <div className="template-bar">
      <button type="button" onClick={() => void chooseTemplate()}>
        Use a template…
      </button>
      <button type="button" onClick={() => setOpen('save')}>
        Save as template…
      </button>
      {open === 'use' ? (
        <TemplatesDialog
          campaignId={campaign.id}
          onClose={() => setOpen(null)}
          onDone={(c) => {
            const editor = useCampaignEditor.getState();
            editor.replace(c);
            editor.showVariant(0);
            setOpen(null);
            show('success', 'The template’s message is in the campaign now.');
          }}
        />
      ) : null}
      {open === 'save' ? (
        <SaveTemplateDialog campaign={campaign} onClose={() => setOpen(null)} />
      ) : null}
    </div>
  );
}
