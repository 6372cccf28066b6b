import { AppFailure } from '../../shared/contract/result';
import { isKnownEndpoint } from '../../shared/streams/endpoint-origin';
import type { ConfirmPort } from '../ports/confirm';

/**
 * A token sent anywhere but CommPeak or this computer goes to whoever runs that server, so a
 * custom endpoint is confirmed outside the page each time one is added or a stream moves to it.
 */
export async function confirmEndpoint(
  confirm: ConfirmPort,
  streamName: string,
  origin: string,
): Promise<void> {
  if (isKnownEndpoint(origin)) return;
  const yes = await confirm({
    title: 'Custom endpoint',
    message: `Send the token of '${streamName}' to ${origin}?`,
    detail:
      'This address is not one of CommPeak’s (*.commpeak.com) and not this computer. Whoever ' +
      'runs it receives the token with every message. Continue only if CommPeak gave you it.',
    confirmLabel: 'Use this address',
  });
  if (!yes) {
    throw new AppFailure(
      'NOT_CONFIRMED',
      `The custom endpoint ${origin} was not confirmed, so nothing was saved.`,
      { baseUrl: `Sending the token to ${origin} was not confirmed.` },
    );
  }
}
