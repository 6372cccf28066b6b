import { useId, useState } from 'react';
import { sandboxProfiles, type SandboxProfile } from '../../../shared/streams/stream-types';
import { useToasts } from '../../ui/toast-store';
import { useStreams } from './streams-store';

const profileLabels: Record<SandboxProfile, string> = {
  clean: 'Clean — every message delivered',
  realistic: 'Realistic — delays and a few failures',
  flaky: 'Flaky — frequent errors and timeouts',
};

/** How the built-in Sandbox behaves, so a campaign can be rehearsed against bad days too. */
export function SandboxProfileSelect({ profile }: { profile: SandboxProfile | null }) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const show = useToasts((s) => s.show);
  const setSandboxProfile = useStreams((s) => s.setSandboxProfile);
  const change = async (next: SandboxProfile) => {
    setBusy(true);
    const result = await setSandboxProfile(next);
    setBusy(false);
    if (result.ok) show('success', `The Sandbox now behaves “${next}”.`);
    else show('error', result.error.message);
  };
  return (
    <div className="inline-field">
      <label htmlFor={id}>Sandbox profile</label>
      <select
        id={id}
        value={profile ?? 'clean'}
        disabled={busy}
        onChange={(e) => void change(e.target.value as SandboxProfile)}
      >
        {sandboxProfiles.map((p) => (
          <option key={p} value={p}>
            {profileLabels[p]}
          </option>
        ))}
      </select>
    </div>
  );
}
