import { useState } from 'react';
import { campaignPatchSchema } from '../../../../shared/campaigns/campaign-input';
import { Icon } from '../../../ui/icon';

/** The campaign's name as the page heading, renamed in place. */
export function CampaignTitle({
  name,
  disabled,
  onRename,
}: {
  name: string;
  disabled: boolean;
  onRename(name: string): void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const commit = () => {
    if (draft === null) return;
    const parsed = campaignPatchSchema.shape.name.safeParse(draft);
    if (!parsed.success || parsed.data === undefined) {
      setError(parsed.error?.issues[0]?.message ?? 'Give the campaign a name.');
      return;
    }
    if (parsed.data !== name) onRename(parsed.data);
    setDraft(null);
    setError(null);
  };

  if (draft === null) {
    return (
      <div className="campaign-title">
        <h1 tabIndex={-1} dir="auto">
          {name}
        </h1>
        {disabled ? null : (
          <button
            type="button"
            className="icon-button"
            aria-label="Rename campaign"
            title="Rename"
            onClick={() => setDraft(name)}
          >
            <Icon name="pencil" />
          </button>
        )}
      </div>
    );
  }
  return (
    <div className="campaign-title editing">
      <h1 className="sr-only" dir="auto">
        {name}
      </h1>
      <label className="sr-only" htmlFor="campaign-name-input">
        Campaign name
      </label>
      <input
        id="campaign-name-input"
        className="title-input"
        // Focus follows the user's own click on "Rename".
        autoFocus
        value={draft}
        maxLength={120}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'campaign-name-error' : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(null);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(null);
            setError(null);
          }
        }}
      />
      {error ? (
        <p id="campaign-name-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
