import { useState } from 'react';
import type { MessageTemplate } from '../../../../shared/campaigns/message-template';
import { BusyButton } from '../../../ui/busy-button';
import { useToasts } from '../../../ui/toast-store';
import { templateExcerpt, templateSummary } from './template-summary';
import { useTemplates } from './templates-store';

/** One template in the list: use it, rename it in place, or delete it after asking. */
export function TemplateRow({
  template: t,
  useLabel,
  onUse,
}: {
  template: MessageTemplate;
  useLabel: string;
  onUse(): Promise<void>;
}) {
  const { rename, remove } = useTemplates();
  const show = useToasts((s) => s.show);
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [name, setName] = useState(t.name);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const saveName = async () => {
    setBusy(true);
    const r = await rename(t.id, name);
    setBusy(false);
    if (!r.ok) return setProblem(r.error.message);
    setProblem(null);
    setMode('view');
  };
  const confirmDelete = async () => {
    setBusy(true);
    const r = await remove(t.id);
    setBusy(false);
    if (!r.ok) show('error', r.error.message);
    else show('success', `Deleted the template “${t.name}”.`);
  };

  return (
    <li className="template-row">
      {mode === 'rename' ? (
        <form
          className="template-rename"
          onSubmit={(e) => {
            e.preventDefault();
            void saveName();
          }}
        >
          <label>
            <span className="sr-only">New name of {t.name}</span>
            <input
              value={name}
              dir="auto"
              maxLength={80}
              aria-invalid={problem ? true : undefined}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <button type="submit" disabled={busy} aria-busy={busy}>
            Save name
          </button>
          <button type="button" onClick={() => setMode('view')}>
            Cancel
          </button>
          {problem ? <p className="field-error">{problem}</p> : null}
        </form>
      ) : (
        <div className="template-text">
          <strong dir="auto">{t.name}</strong>
          <span className="muted">{templateSummary(t)}</span>
          <span dir="auto" className="template-excerpt">
            {templateExcerpt(t)}
          </span>
        </div>
      )}
      {mode === 'delete' ? (
        <div className="template-actions" role="group" aria-label={`Delete ${t.name}?`}>
          <span>Delete “{t.name}”?</span>
          <BusyButton busy={busy} className="danger-solid" onClick={() => void confirmDelete()}>
            Delete template
          </BusyButton>
          <button type="button" onClick={() => setMode('view')}>
            Keep it
          </button>
        </div>
      ) : mode === 'view' ? (
        <div className="template-actions">
          <button
            type="button"
            className="primary"
            disabled={busy}
            aria-busy={busy}
            aria-label={`${useLabel}: ${t.name}`}
            onClick={async () => {
              setBusy(true);
              await onUse();
              setBusy(false);
            }}
          >
            {useLabel}
          </button>
          <button type="button" aria-label={`Rename ${t.name}`} onClick={() => setMode('rename')}>
            Rename
          </button>
          <button
            type="button"
            className="danger"
            aria-label={`Delete ${t.name}`}
            onClick={() => setMode('delete')}
          >
            Delete
          </button>
        </div>
      ) : null}
    </li>
  );
}
