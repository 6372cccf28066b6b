import type { StreamView } from '../../../shared/streams/stream-types';
import { IconButton } from '../../ui/icon-button';
import { useToasts } from '../../ui/toast-store';
import { useStreams } from './streams-store';
import { REVEAL_SECONDS, useRevealedToken } from './use-revealed-token';

/**
 * The masked hint with reveal and copy. Copy goes through main, which writes the clipboard
 * itself: the renderer never receives the token for it.
 */
export function StreamToken({ stream }: { stream: StreamView }) {
  const { token, reveal, hide } = useRevealedToken(stream.id);
  const show = useToasts((s) => s.show);
  const copyToken = useStreams((s) => s.copyToken);
  const usable = stream.hasToken && stream.protection !== 'unreadable';

  const copy = async () => {
    const result = await copyToken(stream.id);
    if (result.ok) {
      show(
        'success',
        `Token copied. The clipboard will be cleared in ${result.value.clearAfterSeconds} seconds.`,
      );
    } else {
      show('error', result.error.message);
    }
  };

  if (!usable) {
    return <span className="muted">{stream.hasToken ? 'Unreadable' : 'No token'}</span>;
  }
  return (
    <span className="token">
      {token === null ? (
        // Short tokens get no hint: four characters of eight would give half of it away.
        <span className="mono">{stream.tokenHint ?? '••••••••'}</span>
      ) : (
        <code className="token-revealed" title={`Hidden again after ${REVEAL_SECONDS} seconds`}>
          {token}
        </code>
      )}
      <IconButton
        icon={token === null ? 'eye' : 'eyeOff'}
        label={token === null ? `Reveal token for ${stream.name}` : `Hide token for ${stream.name}`}
        title={token === null ? 'Reveal for 30 seconds' : 'Hide'}
        onClick={() => (token === null ? void reveal() : hide())}
      />
      <IconButton
        icon="copy"
        label={`Copy token for ${stream.name}`}
        title="Copy to the clipboard (cleared after 60 seconds)"
        onClick={() => void copy()}
      />
    </span>
  );
}
