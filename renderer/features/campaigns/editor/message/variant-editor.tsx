import { useEffect, useMemo, useRef, useState } from 'react';
import type { Campaign } from '../../../../../shared/campaigns/campaign-types';
import { variantLabel } from '../../../../../shared/campaigns/message-variants';
import { analyzeMessage } from '../../../../../shared/sms/analyze-message';
import { planReplacement } from '../../../../../shared/sms/gsm-replacements';
import { compileTemplate } from '../../../../../shared/template/compile-template';
import { appendOptOutFooter } from '../../../../../shared/template/opt-out-footer';
import type { TemplateError } from '../../../../../shared/template/parse-template';
import { useCampaignEditor } from '../campaign-editor-store';
import { useAudienceFields } from '../use-audience-fields';
import { changeVariant, composedText } from '../variants/variant-text';
import { InsertFieldPopover } from './insert-field-popover';
import { MessageCounter } from './message-counter';
import { ReplaceGsmDialog, type ReplacedText } from './replace-gsm-dialog';
import { TemplateProblems } from './template-problems';
import { TemplateTextarea } from './template-textarea';

const NO_ERRORS: readonly TemplateError[] = [];

/** One variant's text: the editor with its fields, problems, live counter and GSM replacement. */
export function VariantEditor({ campaign, index }: { campaign: Campaign; index: number }) {
  const edit = useCampaignEditor((s) => s.edit);
  const { fields } = useAudienceFields(campaign.listIds, campaign.segmentIds);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const caretAfterEdit = useRef<number | null>(null);
  const [replacing, setReplacing] = useState(false);
  const several = campaign.variants.length > 1;

  const template = campaign.variants[index]?.template ?? '';
  const footer = campaign.optOutFooter;
  // Counted as it will be sent: footer added, links tagged.
  const composed = composedText(campaign, index).text;
  const analysis = useMemo(() => analyzeMessage(composed), [composed]);
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

  const setText = (text: string) => edit(changeVariant(campaign, index, { template: text }));
  const insertAtCursor = (token: string) => {
    const el = textareaRef.current;
    const start = el?.selectionStart ?? template.length;
    const end = el?.selectionEnd ?? template.length;
    caretAfterEdit.current = start + token.length;
    setText(template.slice(0, start) + token + template.slice(end));
  };
  const selectError = (e: TemplateError) => {
    const el = textareaRef.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(e.index, e.index + e.length);
  };
  const applyReplacement = () => {
    const message = plans.find((p) => p.label === 'Message')?.plan.result;
    const newFooter = plans.find((p) => p.label === 'Footer')?.plan.result;
    edit({
      ...(message === undefined ? {} : changeVariant(campaign, index, { template: message })),
      ...(newFooter === undefined ? {} : { optOutFooter: newFooter }),
    });
    setReplacing(false);
  };
  const fullText = footer ? appendOptOutFooter(template, footer) : template;
  const afterText = (() => {
    const t = plans.find((p) => p.label === 'Message')?.plan.result ?? template;
    const f = plans.find((p) => p.label === 'Footer')?.plan.result ?? footer;
    return f ? appendOptOutFooter(t, f) : t;
  })();
  const label = several
    ? `Message text of ${variantLabel(campaign.variants, index)}`
    : 'Message text';

  return (
    <>
      <div className="field">
        <div className="label-row">
          <label htmlFor="campaign-template" dir="auto">
            {label}
          </label>
          <InsertFieldPopover fields={fields} onInsert={insertAtCursor} />
        </div>
        <TemplateTextarea
          id="campaign-template"
          value={template}
          errors={errors}
          textareaRef={textareaRef}
          describedBy={errors.length > 0 ? 'template-problems' : 'template-hint'}
          onChange={setText}
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
        includesTags={campaign.utm.enabled && composed !== fullText}
        onReplace={plans.length > 0 ? () => setReplacing(true) : null}
      />
      {replacing && plans.length > 0 ? (
        <ReplaceGsmDialog
          texts={plans}
          before={fullText}
          after={afterText}
          onApply={applyReplacement}
          onClose={() => setReplacing(false)}
        />
      ) : null}
    </>
  );
}
