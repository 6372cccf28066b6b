import {
  SANDBOX_STREAM_ID,
  streamTypeLabels,
  type StreamView,
} from '../../../../../shared/streams/stream-types';
import { validateSenderId } from '../../../../../shared/validation/sender-id';
import { Field } from '../../../../ui/field';
import type { Campaign } from '../../../../../shared/campaigns/campaign-types';
import type { CampaignPatch } from '../campaign-editor-store';

export interface StreamSenderFieldsProps {
  readonly campaign: Campaign;
  readonly streams: readonly StreamView[];
  onEdit(patch: CampaignPatch): void;
}

/** Which stream sends, and the sender ID recipients see (defaults to the stream's). */
export function StreamSenderFields({ campaign, streams, onEdit }: StreamSenderFieldsProps) {
  const stream = streams.find((s) => s.id === campaign.streamId);
  const senderProblem = campaign.sender === '' ? null : validateSenderId(campaign.sender);

  const chooseStream = (id: string) => {
    const next = streams.find((s) => s.id === id);
    if (!next) return;
    // Follow the stream's default sender unless the user typed one of their own.
    const followDefault = campaign.sender === '' || campaign.sender === stream?.defaultSender;
    onEdit({ streamId: id, ...(followDefault ? { sender: next.defaultSender } : {}) });
  };

  return (
    <div className="form-grid">
      <Field
        label="Stream"
        hint={
          stream
            ? stream.id === SANDBOX_STREAM_ID
              ? 'The Sandbox only pretends to send: no real message leaves this computer.'
              : `${streamTypeLabels[stream.type]} stream, up to ${stream.rateLimit} parts a second.`
            : campaign.streamId
              ? 'This campaign’s stream was deleted; choose another.'
              : undefined
        }
      >
        {(control) => (
          <select
            {...control}
            value={stream ? stream.id : ''}
            onChange={(e) => chooseStream(e.target.value)}
          >
            {stream ? null : <option value="">Choose a stream</option>}
            {streams.map((s) => (
              <option key={s.id} value={s.id} dir="auto">
                {s.name} ({streamTypeLabels[s.type]})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Sender"
        error={senderProblem}
        hint={
          campaign.sender === '' && stream?.defaultSender
            ? `Empty: the stream’s default sender, ${stream.defaultSender}.`
            : 'Letters and digits up to 11 characters, or a number up to 15 digits.'
        }
      >
        {(control) => (
          <input
            {...control}
            value={campaign.sender}
            placeholder={stream?.defaultSender || undefined}
            autoComplete="off"
            spellCheck={false}
            maxLength={20}
            onChange={(e) => onEdit({ sender: e.target.value })}
          />
        )}
      </Field>
    </div>
  );
}
