import { plural } from '../../../../lib/format';
import { ConfirmDialog } from '../../../../ui/confirm-dialog';
import type { QuietHold } from '../../../../../shared/campaigns/campaign-types';
import { quietHoldText } from '../review/quiet-hold-text';
import { describeStart } from './schedule-time';

/** "Send to 1,234 recipients through Sandbox?" — names the stream and the count. */
export function SendConfirmDialog(p: {
  recipients: number;
  streamName: string;
  sandbox: boolean;
  scheduleAt: string | null;
  /** Who waits for quiet hours (the pre-flight's), and the stream's rate for the end time. */
  quietHold: QuietHold | null;
  rate: number | null;
  onConfirm(): Promise<boolean>;
  onClose(): void;
}) {
  const who = plural(p.recipients, 'recipient');
  const hold = p.quietHold;
  const holdText = quietHoldText(hold, p.rate, p.scheduleAt !== null);
  const title = p.scheduleAt
    ? `Schedule for ${who} through ${p.streamName}?`
    : `Send to ${who} through ${p.streamName}?`;
  return (
    <ConfirmDialog
      title={title}
      confirmLabel={p.scheduleAt ? 'Schedule' : 'Send now'}
      onConfirm={p.onConfirm}
      onClose={p.onClose}
    >
      {p.scheduleAt ? (
        <p>Sending starts {describeStart(p.scheduleAt)}. You can unschedule it until then.</p>
      ) : hold && hold.held > 0 ? (
        <p>
          {hold.sendableNow > 0
            ? `Sending starts at once for ${plural(hold.sendableNow, 'recipient')}. `
            : 'Nobody is sent to at once. '}
          You can pause or cancel it from the progress view.
        </p>
      ) : (
        <p>Sending starts at once. You can pause or cancel it from the progress view.</p>
      )}
      {holdText ? <p className="notice notice-warning">{holdText}</p> : null}
      <p>
        {p.sandbox
          ? 'This is the Sandbox: no real message leaves this computer.'
          : 'These are real messages and they will be charged.'}
      </p>
    </ConfirmDialog>
  );
}
