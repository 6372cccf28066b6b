import { FieldError } from '../../ui/field';

/** Why the last save was refused (or that there are unsaved edits), Discard and Save. */
export function DraftFooter({
  draft,
  saveLabel,
  onSave,
}: {
  draft: {
    readonly formError: string | null;
    readonly dirty: boolean;
    readonly busy: boolean;
    discard(): void;
  };
  saveLabel: string;
  onSave(): void;
}) {
  const idle = !draft.dirty || draft.busy;
  return (
    <div className="section-footer">
      {draft.formError ? (
        <FieldError role="alert" className="section-footer-error" message={draft.formError} />
      ) : draft.dirty ? (
        <p className="unsaved-note">Unsaved changes</p>
      ) : null}
      <button type="button" onClick={draft.discard} disabled={idle}>
        Discard changes
      </button>
      <button
        type="button"
        className="primary"
        onClick={onSave}
        disabled={idle}
        aria-busy={draft.busy}
      >
        {saveLabel}
      </button>
    </div>
  );
}
