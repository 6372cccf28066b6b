import { useEffect, useRef } from 'react';
import { assertNever } from '../../../../shared/assert-never';
import { useCampaignRoute } from '../campaign-route-store';
import { CampaignStatusBadge, isEditable } from '../status-badge';
import { AudienceStep } from './audience/audience-step';
import { useCampaignEditor } from './campaign-editor-store';
import { CampaignTitle } from './campaign-title';
import { neighbourStep, editorSteps, type EditorStep } from './editor-steps';
import { MessageStep } from './message/message-step';
import { ReviewStep } from './review/review-step';
import { SaveIndicator } from './save-indicator';
import { ScheduledBanner } from './send/scheduled-banner';
import { SendStep } from './send/send-step';
import { StepBar } from './step-bar';
import './campaign-editor.css';

function StepContent({ step }: { step: EditorStep }) {
  switch (step) {
    case 'audience':
      return <AudienceStep />;
    case 'message':
      return <MessageStep />;
    case 'review':
      return <ReviewStep />;
    case 'send':
      return <SendStep />;
    default:
      return assertNever(step);
  }
}

/** Audience → Message → Review → Send, autosaved; a reload reopens the same step. */
export function CampaignEditor({ id }: { id: number }) {
  const { campaign, loadError, open: openCampaign, edit, flush } = useCampaignEditor();
  const open = useCampaignRoute((s) => s.open);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const step = campaign?.draftStep ?? 'audience';
  const firstRender = useRef(true);

  useEffect(() => {
    const close = openCampaign(id);
    // Leaving the page saves what is still waiting for the debounce, as leaving the editor does.
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      close();
    };
  }, [id, openCampaign, flush]);

  // A campaign that started sending (here or elsewhere) is shown by the progress view.
  useEffect(() => {
    if (campaign && campaign.id === id && !isEditable(campaign.status)) {
      open({ kind: 'progress', id });
    }
  }, [campaign, id, open]);

  // Focus the step's heading when the user changes step, not on the first render.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  if (loadError) {
    return (
      <div className="campaign-editor cmp">
        <h1 tabIndex={-1}>Campaign not available</h1>
        <div role="alert" className="banner banner-error">
          Could not open the campaign: {loadError}{' '}
          <button type="button" onClick={() => open({ kind: 'list' })}>
            Back to campaigns
          </button>
        </div>
      </div>
    );
  }
  if (!campaign || campaign.id !== id) {
    return (
      <div className="campaign-editor cmp" aria-busy="true">
        <h1 tabIndex={-1}>Opening the campaign…</h1>
      </div>
    );
  }

  const go = (next: EditorStep) => {
    if (next !== step) edit({ draftStep: next });
  };
  const back = neighbourStep(step, -1);
  const next = neighbourStep(step, 1);
  const locked = campaign.status === 'scheduled';
  const label = editorSteps.find((s) => s.id === step)?.label ?? '';

  return (
    <div className="campaign-editor cmp">
      <header className="editor-header">
        <button
          type="button"
          className="link-button back-link"
          onClick={() => {
            void flush();
            open({ kind: 'list' });
          }}
        >
          ← All campaigns
        </button>
        <div className="editor-title">
          <CampaignTitle
            name={campaign.name}
            disabled={locked}
            onRename={(name) => edit({ name })}
          />
          <CampaignStatusBadge status={campaign.status} />
          <SaveIndicator />
        </div>
      </header>
      <StepBar campaign={campaign} current={step} onSelect={go} />
      {locked ? <ScheduledBanner campaign={campaign} /> : null}
      <section className="editor-step" aria-labelledby="editor-step-heading">
        <h2 id="editor-step-heading" ref={headingRef} tabIndex={-1} className="step-heading">
          {label}
        </h2>
        {locked ? (
          <p className="locked-note" data-testid="locked-note">
            <span aria-hidden="true">🔒</span> Read-only while scheduled. Unschedule to edit.
          </p>
        ) : null}
        <fieldset className="step-fieldset" disabled={locked}>
          <legend className="sr-only">{label}</legend>
          <StepContent step={step} />
        </fieldset>
      </section>
      <nav className="step-nav" aria-label="Step navigation">
        {back ? (
          <button type="button" onClick={() => go(back)}>
            Back
          </button>
        ) : (
          <span />
        )}
        {next ? (
          <button type="button" className="primary" onClick={() => go(next)}>
            Next: {editorSteps.find((s) => s.id === next)?.label}
          </button>
        ) : null}
      </nav>
    </div>
  );
}
