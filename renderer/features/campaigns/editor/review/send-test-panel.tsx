import { useId, useState } from 'react';
import type { Campaign } from '../../../../../shared/campaigns/campaign-types';
import type { TestSendResult } from '../../../../../shared/contract/streams-contract';
import type { StreamView } from '../../../../../shared/streams/stream-types';
import { variantLabel } from '../../../../../shared/campaigns/message-variants';
import { BusyButton } from '../../../../ui/busy-button';
import { useStreams } from '../../../streams/streams-store';
import { useCampaignEditor } from '../campaign-editor-store';
import { composedText } from '../variants/variant-text';

type Outcome =
  | { readonly phone: string; readonly kind: 'answered'; readonly result: TestSendResult }
  | { readonly phone: string; readonly kind: 'failed'; readonly message: string };

const MAX_TEST_NUMBERS = 10;

export function splitNumbers(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The text a test gets: the first recipient's rendered message, else the variant as written. */
async function testText(campaign: Campaign, variant: number): Promise<string> {
  const preview = await useCampaignEditor.getState().preview(0, variant);
  if (preview.ok && preview.value && preview.value.text !== '') return preview.value.text;
  return composedText(campaign, variant).text;
}

/** "Send test": the real message through the real stream to a few numbers, one by one. */
export function SendTestPanel({
  campaign,
  stream,
}: {
  campaign: Campaign;
  stream: StreamView | null;
}) {
  const [numbers, setNumbers] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<readonly Outcome[]>([]);
  const sendTest = useStreams((s) => s.sendTest);
  const activeVariant = useCampaignEditor((s) => s.activeVariant);
  const [variant, setVariant] = useState<number | null>(null);
  const chosen = Math.min(variant ?? activeVariant, campaign.variants.length - 1);
  const id = useId();

  const send = async () => {
    const phones = splitNumbers(numbers);
    if (!stream) return setProblem('Choose a stream in the Message step first.');
    if (phones.length === 0) return setProblem('Enter at least one phone number.');
    if (phones.length > MAX_TEST_NUMBERS)
      return setProblem(`Send tests to at most ${MAX_TEST_NUMBERS} numbers at a time.`);
    setProblem(null);
    setBusy(true);
    setOutcomes([]);
    const text = await testText(campaign, chosen);
    const sender = campaign.sender || undefined;
    for (const phone of phones) {
      const r = await sendTest({ id: stream.id, phone, text, sender });
      const outcome: Outcome = r.ok
        ? { phone, kind: 'answered', result: r.value }
        : { phone, kind: 'failed', message: r.error.fields?.phone ?? r.error.message };
      setOutcomes((list) => [...list, outcome]);
    }
    setBusy(false);
  };

  return (
    <div className="send-test">
      <p className="muted">
        {stream
          ? stream.builtIn
            ? 'Through the Sandbox: nothing really leaves this computer.'
            : `Through ${stream.name}: real messages, which may be charged.`
          : 'Choose a stream in the Message step to send a test.'}{' '}
        The test uses the first recipient’s message.
      </p>
      {campaign.variants.length > 1 ? (
        <div className="inline-field">
          <label htmlFor={`${id}-variant`}>Variant to test</label>
          <select
            id={`${id}-variant`}
            value={chosen}
            onChange={(e) => setVariant(Number(e.target.value))}
          >
            {campaign.variants.map((_, i) => (
              <option key={i} value={i} dir="auto">
                {variantLabel(campaign.variants, i)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="inline-field">
        <label htmlFor={`${id}-numbers`}>Test numbers</label>
        <input
          id={`${id}-numbers`}
          type="text"
          inputMode="tel"
          className="grow"
          placeholder="+44 7911 123456, +49 152 …"
          value={numbers}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : `${id}-hint`}
          onChange={(e) => setNumbers(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void send();
            }
          }}
        />
        <BusyButton busy={busy} busyLabel="Sending…" disabled={!stream} onClick={() => void send()}>
          Send test
        </BusyButton>
      </div>
      {problem ? (
        <p id={`${id}-problem`} className="field-error">
          {problem}
        </p>
      ) : (
        <p id={`${id}-hint`} className="field-hint">
          One or more numbers in international form, separated by commas.
        </p>
      )}
      <ul className="test-outcomes" aria-label="Test results" aria-live="polite">
        {outcomes.map((o, i) => (
          <li key={`${i}-${o.phone}`} className={isAccepted(o) ? 'outcome-ok' : 'outcome-error'}>
            <span className="mono">{o.kind === 'answered' ? o.result.phone : o.phone}</span>{' '}
            {o.kind === 'failed'
              ? `— not sent: ${o.message}`
              : o.result.accepted
                ? `— accepted by CommPeak${o.result.messageUuid ? ` (${o.result.messageUuid})` : ''}`
                : `— not accepted: ${o.result.message}`}
          </li>
        ))}
      </ul>
    </div>
  );
}

function isAccepted(o: Outcome): boolean {
  return o.kind === 'answered' && o.result.accepted;
}
