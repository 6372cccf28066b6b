import { useId, useState } from 'react';
import { CheckboxRow } from '../../ui/checkbox-row';
import { useToasts } from '../../ui/toast-store';
import { useSettings } from './settings-store';

/**
 * "Ask before showing or copying a token". Main asks outside the page (a system dialog), so
 * turning the question off is itself confirmed there: a script in the page cannot do it.
 */
export function SecuritySection({ confirmTokenAccess }: { confirmTokenAccess: boolean }) {
  const titleId = useId();
  const hintId = useId();
  const setTokenConfirmation = useSettings((s) => s.setTokenConfirmation);
  const toast = useToasts((s) => s.show);
  const [pending, setPending] = useState<boolean | null>(null);

  const change = async (value: boolean) => {
    setPending(value);
    const result = await setTokenConfirmation(value);
    setPending(null);
    if (!result.ok) toast('error', result.error.message);
    else
      toast(
        'success',
        value
          ? 'Peaksend will ask before showing or copying a token.'
          : 'Tokens are now shown and copied without asking.',
      );
  };

  return (
    <section className="card settings-section" aria-labelledby={titleId}>
      <div className="section-head">
        <div>
          <h2 id={titleId}>Security</h2>
          <p className="section-intro">
            A stream token lets anyone send messages on your CommPeak account.
          </p>
        </div>
      </div>
      <CheckboxRow
        label="Ask before showing or copying a token"
        checked={pending ?? confirmTokenAccess}
        disabled={pending !== null}
        describedBy={hintId}
        onChange={(value) => void change(value)}
      />
      <p id={hintId} className="field-hint network-hint">
        The question comes from your system, not from this window. Turning it off is confirmed the
        same way.
      </p>
    </section>
  );
}
