import { assertNever } from '../../../shared/assert-never';
import type { TestSendResult } from '../../../shared/contract/streams-contract';
import { deliveryWords, useDeliveryStatus } from './use-delivery-status';

export type Outcome =
  | { readonly kind: 'answered'; readonly result: TestSendResult }
  | { readonly kind: 'failed'; readonly message: string };

function DeliveryLine({ streamId, uuid }: { streamId: string; uuid: string }) {
  const poll = useDeliveryStatus(streamId, uuid);
  switch (poll.kind) {
    case 'waiting':
      return (
        <p>
          Delivery status:{' '}
          <strong>{poll.status ? deliveryWords(poll.status) : 'waiting for CommPeak…'}</strong>
        </p>
      );
    case 'final':
      return (
        <p>
          Delivery status: <strong>{deliveryWords(poll.status)}</strong>
        </p>
      );
    case 'gave-up':
      return (
        <p>
          No final delivery status after two minutes
          {poll.status ? ` (last: ${deliveryWords(poll.status)})` : ''}. CommPeak may still report
          it later.
        </p>
      );
    case 'failed':
      return <p>Could not get the delivery status: {poll.message}</p>;
    default:
      return assertNever(poll);
  }
}

/** What CommPeak answered, in plain words, then the delivery status as it arrives. */
export function TestOutcome({ streamId, outcome }: { streamId: string; outcome: Outcome | null }) {
  // The live region exists before the outcome, so screen readers announce it when it appears.
  return (
    <div role="status" aria-live="polite" className="test-outcome-region">
      {outcome === null ? null : outcome.kind === 'failed' ? (
        <div className="outcome outcome-error">
          <p className="outcome-title">Not sent</p>
          <p>{outcome.message}</p>
        </div>
      ) : outcome.result.accepted ? (
        <div className="outcome outcome-ok">
          <p className="outcome-title">Accepted by CommPeak</p>
          <p>
            Sent to <span className="mono">{outcome.result.phone}</span>. Message uuid:{' '}
            <code className="mono">{outcome.result.messageUuid ?? '[redacted]'}</code>
          </p>
          {outcome.result.messageUuid ? (
            <DeliveryLine
              key={outcome.result.messageUuid}
              streamId={streamId}
              uuid={outcome.result.messageUuid}
            />
          ) : (
            // Accepted without a uuid: the engine withheld one that echoed the token.
            <p>{outcome.result.message} Its delivery cannot be tracked.</p>
          )}
        </div>
      ) : (
        <div className="outcome outcome-error">
          <p className="outcome-title">Not accepted</p>
          <p>{outcome.result.message}</p>
        </div>
      )}
    </div>
  );
}
