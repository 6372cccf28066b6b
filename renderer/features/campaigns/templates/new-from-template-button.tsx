import { useState } from 'react';
import { useCampaignRoute } from '../campaign-route-store';
import { TemplatesDialog } from './templates-dialog';

/** The Campaigns page's "New from template…": pick a template, get a draft with its message. */
export function NewFromTemplateButton() {
  const [open, setOpen] = useState(false);
  const route = useCampaignRoute((s) => s.open);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        New from template…
      </button>
      {open ? (
        <TemplatesDialog
          onClose={() => setOpen(false)}
          onDone={(c) => {
            setOpen(false);
            route({ kind: 'edit', id: c.id });
          }}
        />
      ) : null}
    </>
  );
}
