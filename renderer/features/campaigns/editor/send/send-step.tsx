import { useEffect, useState } from 'react';
import { formatCount, formatMoney } from '../../../../lib/format';
import { CheckboxRow } from '../../../../ui/checkbox-row';
import { Fact } from '../../../../ui/fact';
import { useToasts } from '../../../../ui/toast-store';
import { useStreams } from '../../../streams/streams-store';
import { useCampaignEditor } from '../campaign-editor-store';
import { useAutoPreflight, usePreflight } from '../preflight-store';
import { ComplianceList } from '../review/compliance-list';
import { ScheduleFields } from './schedule-fields';
import { describeStartShort } from './schedule-time';
import { describeVariants } from '../variants/variant-text';
import { sendBlockers } from './send-blockers';
import { SendConfirmDialog } from './send-confirm-dialog';
import './send-step.css';

/** The summary, when to send, and the Send button behind a confirmation. */
export function SendStep() {
  const campaign = useCampaignEditor((s) => s.campaign);
  const edit = useCampaignEditor((s) => s.edit);
  const flush = useCampaignEditor((s) => s.flush);
  const startCampaign = useCampaignEditor((s) => s.start);
  const report = useAutoPreflight();
  const running = usePreflight((s) => s.running);
  const error = usePreflight((s) => s.error);
  const streams = useStreams((s) => s.streams);
  const loadStreams = useStreams((s) => s.load);
  const show = useToasts((s) => s.show);
  const [acknowledged, setAcknowledged] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [now] = useState(() => Date.now());

  useEffect(() => {
    void loadStreams();
  }, [loadStreams]);

  if (!campaign) return null;
  const stream = streams.find((s) => s.id === campaign.streamId) ?? null;
  const scheduleProblem =
    campaign.scheduleAt && Date.parse(campaign.scheduleAt) <= now
      ? 'This time has passed: pick a time in the future, or choose Send now.'
      : null;
  const blockers = report ? sendBlockers(report, stream !== null, scheduleProblem) : [];
  const warnings = report?.compliance.filter((c) => c.severity === 'warning') ?? [];
  const canSend =
    report !== null &&
    !running &&
    blockers.length === 0 &&
    (warnings.length === 0 || acknowledged) &&
    campaign.status !== 'scheduled';

  const start = async (): Promise<boolean> => {
    const saved = await flush();
    if (!saved) {
      show('error', 'The latest changes could not be saved, so nothing was sent.');
      return false;
    }
    // A started campaign switches the editor to the progress view; a scheduled one stays here.
    const r = await startCampaign();
    if (!r.ok) {
      show('error', `Not sent: ${r.error.message}`);
      return false;
    }
    setConfirming(false);
    if (r.value.status === 'scheduled') show('success', 'Scheduled.');
    return true;
  };

  return (
    <div className="send-step">
      <dl className="figures" aria-label="Summary">
        <Fact term="Recipients" testId="send-recipients">
          {report ? formatCount(report.recipients) : '…'}
        </Fact>
        <Fact term="Parts">{report ? formatCount(report.totalParts) : '…'}</Fact>
        <Fact term="Estimated cost">
          {report === null
            ? '…'
            : report.cost.currency === null
              ? 'No price table'
              : formatMoney(report.cost.total, report.cost.currency)}
          {report && report.cost.missingCountries.length > 0 ? ' + unpriced countries' : ''}
        </Fact>
        <Fact term="Stream">
          <span dir="auto">{stream?.name ?? 'None chosen'}</span>
        </Fact>
        <Fact term="Sender">{campaign.sender || stream?.defaultSender || '—'}</Fact>
        <Fact term="Message">{describeVariants(campaign)}</Fact>
        <Fact term="Starts">
          {campaign.scheduleAt ? describeStartShort(campaign.scheduleAt) : 'When you press Send'}
        </Fact>
      </dl>
      <ScheduleFields campaign={campaign} problem={scheduleProblem} onEdit={edit} />
      {running ? <p className="muted">Checking every recipient’s message…</p> : null}
      {error ? (
        <div role="alert" className="banner banner-error">
          The check could not run: {error}
        </div>
      ) : null}
      {blockers.length > 0 ? (
        <div className="notice notice-error" role="alert">
          <p>
            <strong>You can’t send yet.</strong> Fix these first:
          </p>
          <ul>
            {blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {blockers.length === 0 && warnings.length > 0 ? (
        <div className="notice notice-warning">
          <p>Please read these before sending:</p>
          <ComplianceList issues={warnings} />
          <CheckboxRow
            label="I have read the warnings and want to send anyway"
            checked={acknowledged}
            onChange={setAcknowledged}
          />
        </div>
      ) : null}
      <div className="send-actions">
        <button
          type="button"
          className="primary large"
          disabled={!canSend}
          onClick={() => setConfirming(true)}
        >
          {campaign.scheduleAt ? 'Schedule…' : 'Send…'}
        </button>
      </div>
      {confirming && report && stream ? (
        <SendConfirmDialog
          recipients={report.recipients}
          streamName={stream.name}
          sandbox={stream.builtIn}
          scheduleAt={campaign.scheduleAt}
          quietHold={report.quietHold}
          rate={stream.rateLimit}
          onConfirm={start}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}
