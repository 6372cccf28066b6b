import { useState } from 'react';
import type { Campaign } from '../../../../shared/campaigns/campaign-types';
import { Dialog } from '../../../ui/dialog';
import { DialogActions } from '../../../ui/dialog-actions';
import { TextField } from '../../../ui/text-field';
import { useToasts } from '../../../ui/toast-store';
import { useCampaignEditor } from '../editor/campaign-editor-store';
import { useTemplates } from './templates-store';

/** Saves the draft's message (variants, footer, split, link tagging) under a name. */
export function SaveTemplateDialog({ campaign, onClose }: { campaign: Campaign; onClose(): void }) {
  const save = useTemplates((s) => s.save);
  const show = useToasts((s) => s.show);
  const [name, setName] = useState(campaign.name);
  const [problem, setProblem] = useState<string | null>(null);
  const [taken, setTaken] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (replace: boolean) => {
    setBusy(true);
    // The engine saves the stored campaign: edits still waiting for autosave go first.
    const saved = await useCampaignEditor.getState().flush();
    const r = saved
      ? await save(campaign.id, name, replace)
      : ({
          ok: false,
          error: { code: 'INVALID_INPUT', message: 'Fix the message first.' },
        } as const);
    setBusy(false);
    if (r.ok) {
      show('success', `Saved the template “${r.value.name}”.`);
      onClose();
      return;
    }
    setTaken(r.error.code === 'CONFLICT');
    setProblem(r.error.message);
  };

  return (
    <Dialog
      title="Save as template"
      size="small"
      description="Keeps this message — every variant, the footer, the split and link tagging — to start other campaigns from. The audience is not part of it."
      onClose={onClose}
      onSubmit={() => void submit(false)}
      footer={
        <>
          {taken ? (
            <button type="button" className="danger" onClick={() => void submit(true)}>
              Replace it
            </button>
          ) : null}
          <DialogActions label="Save template" busy={busy} onCancel={onClose} />
        </>
      }
    >
      <TextField
        label="Template name"
        value={name}
        error={problem}
        onChange={(v) => {
          setName(v);
          setProblem(null);
          setTaken(false);
        }}
        input={{ maxLength: 80, dir: 'auto', 'data-autofocus': true }}
      />
    </Dialog>
  );
}
