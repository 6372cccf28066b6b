import { useState } from 'react';
import { useNavigation } from '../../../app/navigation-store';
import { BusyButton } from '../../../ui/busy-button';
import { useToasts } from '../../../ui/toast-store';
import { useContactLists } from '../../contacts/contact-lists-store';
import { useStreams } from '../../streams/streams-store';
import { useCampaignRoute } from '../campaign-route-store';
import { useCampaignList } from './campaign-list-store';

/**
 * The empty Campaigns page: the three steps of a send, each with its way in, and — on a data
 * folder with nothing in it yet — a sample send through the Sandbox.
 */
export function FirstSteps({ creating, onCreate }: { creating: boolean; onCreate(): void }) {
  const go = useNavigation((s) => s.go);
  const open = useCampaignRoute((s) => s.open);
  const createSample = useCampaignList((s) => s.createSample);
  const show = useToasts((s) => s.show);
  const lists = useContactLists();
  const streams = useStreams();
  const [trying, setTrying] = useState(false);
  // Only where nothing was set up yet: no lists, and no stream but the built-in Sandbox.
  const fresh =
    lists.loaded &&
    lists.lists.length === 0 &&
    streams.loaded &&
    streams.streams.every((s) => s.builtIn);

  const trySandbox = async () => {
    setTrying(true);
    const result = await createSample();
    setTrying(false);
    if (!result.ok) return show('error', `Could not create the sample: ${result.error.message}`);
    void lists.load();
    open({ kind: 'edit', id: result.value.campaign.id });
  };

  return (
    <section className="empty-state first-steps" aria-labelledby="first-steps-title">
      <h2 id="first-steps-title">No campaigns yet</h2>
      <p>A campaign sends one message to the contacts of your lists, in three steps:</p>
      <ol className="first-steps-list">
        <li>
          <strong>Add contacts.</strong> Import a CSV or spreadsheet of phone numbers into a list.{' '}
          <button type="button" className="link-button" onClick={() => go('contacts')}>
            Open Contacts
          </button>
        </li>
        <li>
          <strong>Write a message.</strong> A campaign picks its lists, the text and the stream, and
          saves as you type.{' '}
          <button type="button" className="link-button" disabled={creating} onClick={onCreate}>
            Start a campaign
          </button>
        </li>
        <li>
          <strong>Send.</strong> The Review shows every recipient’s message, the cost and what to
          fix first; a stream carries it to CommPeak.{' '}
          <button type="button" className="link-button" onClick={() => go('streams')}>
            Open Streams
          </button>
        </li>
      </ol>
      {fresh ? (
        <div className="try-sandbox">
          <p>
            New here? Try a whole send in under a minute: Peaksend makes a list of 8 fake numbers
            (“Sample contacts (fake numbers)”) and a campaign on the built-in Sandbox, which sends
            nothing for real, and opens its Review.
          </p>
          <BusyButton
            className="primary"
            busy={trying}
            busyLabel="Preparing the sample…"
            onClick={() => void trySandbox()}
          >
            Try it with the Sandbox
          </BusyButton>
        </div>
      ) : null}
    </section>
  );
}
