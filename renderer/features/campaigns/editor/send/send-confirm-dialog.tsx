import { plural } from '../../../../lib/format';
import { ConfirmDialog } from '../../../../ui/confirm-dialog';
import { describeStart } from './schedule-time';

/** "Send to 1,234 recipients through Sandbox?" — names the stream and the count. */
export function SendConfirmDialog(p: {
  recipients: number;
  streamName: string;
  sandbox: boolean;
  scheduleAt: string | null;
  onConfirm(): Promise<boolean>;
  onClose(): void;
}) {
  const who = plural(p.recipients, 'recipient');
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
      ) : (
        <p>Sending starts at once. You can pause or cancel it from the progress view.</p>
      )}
      <p>
        {p.sandbox
          ? 'This is the Sandbox: no real message leaves this computer.'
          : 'These are real messages and they will be charged.'}
      </p>
    </ConfirmDialog>
  );
}
