import { useEffect, useMemo, useRef, useState } from 'react';
import { analyzeMessage } from '../../../../../shared/sms/analyze-message';
import { planReplacement } from '../../../../../shared/sms/gsm-replacements';
import { compileTemplate } from '../../../../../shared/template/compile-template';
import { appendOptOutFooter } from '../../../../../shared/template/opt-out-footer';
import type { TemplateError } from '../../../../../shared/template/parse-template';
import { useStreams } from '../../../streams/streams-store';
import { useCampaignEditor } from '../campaign-editor-store';
import { useAudienceFields } from '../use-audience-fields';
import { InsertFieldPopover } from './insert-field-popover';
import { MessageCounter } from './message-counter';
import { OptOutFooterField } from './opt-out-footer-field';
import { PhonePreview } from './phone-preview';
import { ReplaceGsmDialog, type ReplacedText } from './replace-gsm-dialog';
import { StreamSenderFields } from './stream-sender-fields';
import { TemplateProblems } from './template-problems';
import { TemplateTextarea } from './template-textarea';
import { useDefaultStream } from './use-default-stream';
import './message-step.css';

const NO_ERRORS: readonly TemplateError[] = [];

/** Stream and sender, the message with its live counter, the footer, and a recipient preview. */
export function MessageStep() {
  const campaign = useCampaignEditor((s) => s.campaign);
  const edit = useCampaignEditor((s) => s.edit);
  const { streams, load: loadStreams } = useStreams();
  const { fields } = useAudienceFields(campaign?.listIds ?? [], campaign?.segmentIds ?? []);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const caretAfterEdit = useRef<number | null>(null);
  const [replacing, setReplacing] = useState(false);

  useEffect(() => {
    void loadStreams();
  }, [loadStreams]);
  useDefaultStream(campaign, streams, edit);

  const template = campaign?.template ?? '';
  const footer = campaign?.optOutFooter ?? null;
  const fullText = footer ? appendOptOutFooter(template, footer) : template;
  const analysis = useMemo(() => analyzeMessage(fullText), [fullText]);
  // Unknown-field errors need the audience's fields; until they arrive, show none.
  const errors = useMemo(
    () => (fields === null ? NO_ERRORS : compileTemplate(template, fields).errors),
    [template, fields],
  );
  const plans = useMemo(() => {
    const texts: ReplacedText[] = [];
    const t = planReplacement(template);
    if (t.changes.length > 0) texts.push({ label: 'Message', original: template, plan: t });
    if (footer) {
      const f = planReplacement(footer);
      if (f.changes.length > 0) texts.push({ label: 'Footer', original: footer, plan: f });
    }
    return texts;
  }, [template, footer]);

  // Put the caret after an inserted field once React has rendered the new text.
  useEffect(() => {
    const at = caretAfterEdit.current;
    const el = textareaRef.current;
    if (at === null || !el) return;
    caretAfterEdit.current = null;
    el.focus();
    el.setSelectionRange(at, at);
  }, [template]);

  if (!campaign) return null;
  const stream = streams.find((s) => s.id === campaign.streamId) ?? null;

  const insertAtCursor = (token: string) => {
    const el = textareaRef.current;
    const start = el?.selectionStart ?? template.length;
    const end = el?.selectionEnd ?? template.length;
    caretAfterEdit.current = start + token.length;
    edit({ template: template.slice(0, start) + token + template.slice(end) });
  };
  const selectError = (e: TemplateError) => {
    const el = textareaRef.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(e.index, e.index + e.length);
  };
  const applyReplacement = () => {
    const patch: { template?: string; optOutFooter?: string } = {};
    for (const t of plans) {
      if (t.label === 'Message') patch.template = t.plan.result;
      else patch.optOutFooter = t.plan.result;
    }
    edit(patch);
    setReplacing(false);
  };
  const afterText = (() => {
    const t = plans.find((p) => p.label === 'Message')?.plan.result ?? template;
    const f = plans.find((p) => p.label === 'Footer')?.plan.result ?? footer;
    return f ? appendOptOutFooter(t, f) : t;
  })();

  return (
    <div className="message-step">
      <div className="message-main">
        <StreamSenderFields campaign={campaign} streams={streams} onEdit={edit} />
        <div className="field">
          <div className="label-row">
            <label htmlFor="campaign-template">Message text</label>
            <InsertFieldPopover fields={fields} onInsert={insertAtCursor} />
          </div>
          <TemplateTextarea
            id="campaign-template"
            value={template}
            errors={errors}
            textareaRef={textareaRef}
            describedBy={errors.length > 0 ? 'template-problems' : 'template-hint'}
            onChange={(text) => edit({ template: text })}
          />
          <p id="template-hint" className="field-hint">
            Write <code>{'{field}'}</code> for a contact’s value, <code>{'{field|text}'}</code> to
            fall back to “text” when it is empty. Right-to-left languages work as typed.
          </p>
          <TemplateProblems
            id="template-problems"
            text={template}
            errors={errors}
            onSelect={selectError}
          />
        </div>
        <MessageCounter
          analysis={analysis}
          includesFooter={footer !== null && footer.trim() !== ''}
          onReplace={plans.length > 0 ? () => setReplacing(true) : null}
        />
        <OptOutFooterField
          footer={footer}
          streamType={stream?.type ?? null}
          onChange={(f) => edit({ optOutFooter: f })}
        />
      </div>
      <PhonePreview campaign={campaign} sender={campaign.sender || stream?.defaultSender || ''} />
      {replacing && plans.length > 0 ? (
        <ReplaceGsmDialog
          texts={plans}
          before={fullText}
          after={afterText}
          onApply={applyReplacement}
          onClose={() => setReplacing(false)}
        />
      ) : null}
    </div>
  );
}
