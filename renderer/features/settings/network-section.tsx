import { useId, useState } from 'react';
import { CheckboxRow } from '../../ui/checkbox-row';
import { useToasts } from '../../ui/toast-store';
import { useSettings } from './settings-store';

/** The fallback to Node's fetch for proxies that Chromium's network stack trips over. */
export function NetworkSection({ useNodeFetch }: { useNodeFetch: boolean }) {
  const titleId = useId();
  const hintId = useId();
  const setNetwork = useSettings((s) => s.setNetwork);
  const toast = useToasts((s) => s.show);
  // Shown at once so the box answers the click; dropped again if saving fails.
  const [pending, setPending] = useState<boolean | null>(null);
  const busy = pending !== null;

  const change = async (value: boolean) => {
    setPending(value);
    const result = await setNetwork(value);
    setPending(null);
    if (!result.ok) toast('error', result.error.message);
    else toast('success', 'Network setting saved. Restart Peaksend for it to take effect.');
  };

  return (
    <section className="card settings-section" aria-labelledby={titleId}>
      <div className="section-head">
        <div>
          <h2 id={titleId}>Network</h2>
          <p className="section-intro">
            Peaksend normally sends through your system’s network settings, so proxies and company
            certificates work as they do in your browser.
          </p>
        </div>
      </div>
      <CheckboxRow
        label="Use Node’s network stack instead of the system’s (for proxies that misbehave)"
        checked={pending ?? useNodeFetch}
        disabled={busy}
        describedBy={hintId}
        onChange={(value) => void change(value)}
      />
      <p id={hintId} className="field-hint network-hint">
        Takes effect after restarting Peaksend.
      </p>
    </section>
  );
}
