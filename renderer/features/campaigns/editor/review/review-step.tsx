import { useEffect } from 'react';
import { formatCount, formatDuration } from '../../../../lib/format';
import { BusyButton } from '../../../../ui/busy-button';
import { Fact } from '../../../../ui/fact';
import { useStreams } from '../../../streams/streams-store';
import { useCampaignEditor } from '../campaign-editor-store';
import { useAutoPreflight, usePreflight } from '../preflight-store';
import { ComplianceList } from './compliance-list';
import { quietHoldText } from './quiet-hold-text';
import { CostEstimate } from './cost-estimate';
import { MessageFindings } from './message-findings';
import { PartsHistogram } from './parts-histogram';
import { SendTestPanel } from './send-test-panel';
import { VariantFigures } from './variant-figures';
import './review-step.css';

/** The pre-flight: every recipient's message rendered and counted before anything is sent. */
export function ReviewStep() {
  const campaign = useCampaignEditor((s) => s.campaign);
  const report = useAutoPreflight();
  const { running, error, run } = usePreflight();
  const streams = useStreams((s) => s.streams);
  const loadStreams = useStreams((s) => s.load);

  useEffect(() => {
    void loadStreams();
  }, [loadStreams]);
  // Run when the step opens or the campaign changed since the last report.

  if (!campaign) return null;
  const stream = streams.find((s) => s.id === campaign.streamId) ?? null;
  const holdText = report
    ? quietHoldText(report.quietHold, stream?.rateLimit ?? null, campaign.scheduleAt !== null)
    : null;

  return (
    <div className="review-step">
      <div className="review-toolbar">
        <p className="muted" aria-live="polite">
          {running
            ? 'Rendering the message for every recipient…'
            : report
              ? `Checked every recipient’s message in ${formatDuration(report.durationMs)}.`
              : ''}
        </p>
        <BusyButton busy={running} onClick={() => void run()}>
          Check again
        </BusyButton>
      </div>
      {error ? (
        <div role="alert" className="banner banner-error">
          The check could not run: {error}
        </div>
      ) : null}
      {report ? (
        <>
          {report.templateErrors.length > 0 ? (
            <div role="alert" className="notice notice-error">
              <p>The message has errors; fix them in the Message step:</p>
              <ul>
                {report.templateErrors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <dl className="figures" aria-label="Pre-flight figures">
            <Fact term="Recipients" testId="pf-recipients">
              {formatCount(report.recipients)}
            </Fact>
            <Fact term="Left out (opt-out list)" testId="pf-suppressed">
              {formatCount(report.suppressed)}
            </Fact>
            <Fact term="Total parts" testId="pf-parts">
              {formatCount(report.totalParts)}
            </Fact>
            <Fact term="Messages in UCS-2">{formatCount(report.ucs2Rows)}</Fact>
          </dl>
          {report.variants.length > 1 || campaign.utm.enabled ? (
            <section className="review-card" aria-labelledby="rv-variants">
              <h3 id="rv-variants">{report.variants.length > 1 ? 'By variant' : 'Tagged links'}</h3>
              <VariantFigures campaign={campaign} report={report} />
            </section>
          ) : null}
          <div className="review-grid">
            <section className="review-card" aria-labelledby="rv-compliance">
              <h3 id="rv-compliance">Compliance</h3>
              {holdText ? (
                <p className="notice notice-warning" role="status">
                  {holdText}
                </p>
              ) : null}
              <ComplianceList issues={report.compliance} />
            </section>
            <section className="review-card" aria-labelledby="rv-cost">
              <h3 id="rv-cost">Cost</h3>
              <CostEstimate cost={report.cost} />
            </section>
            <section className="review-card" aria-labelledby="rv-parts">
              <h3 id="rv-parts">Parts per message</h3>
              <PartsHistogram histogram={report.partsHistogram} />
              {report.recipients === 0 ? (
                <p className="muted">No recipients: choose a list with contacts.</p>
              ) : null}
            </section>
            <section className="review-card" aria-labelledby="rv-findings">
              <h3 id="rv-findings">What changes the length</h3>
              <MessageFindings report={report} />
            </section>
          </div>
        </>
      ) : null}
      <section className="review-card" aria-labelledby="rv-test">
        <h3 id="rv-test">Send a test</h3>
        <SendTestPanel campaign={campaign} stream={stream} />
      </section>
    </div>
  );
}
