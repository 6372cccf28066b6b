import { useEffect, useMemo, useRef, useState } from 'react';
import { assertNever } from '../../../../shared/assert-never';
import { formatBytes, formatCount } from '../../../lib/format';
import { BusyButton } from '../../../ui/busy-button';
import { Dialog } from '../../../ui/dialog';
import { DialogActions } from '../../../ui/dialog-actions';
import { useToasts } from '../../../ui/toast-store';
import { useContactLists } from '../contact-lists-store';
import { useContactsView } from '../contacts-view-store';
import { ImportSteps } from './import-steps';
import { useImport } from './import-store';
import { hasErrors, mappingErrors } from './mapping-draft';
import { MappingStep } from './mapping-step';
import { PreviewStep } from './preview-step';
import { ProgressStep } from './progress-step';
import { ReportStep } from './report-step';

/** The import flow's dialog; rendered by the Contacts page while a flow is open. */
export function ImportDialog() {
  const flow = useImport();
  const lists = useContactLists((s) => s.lists);
  const openList = useContactsView((s) => s.openList);
  const toast = useToasts((s) => s.show);
  const [showErrors, setShowErrors] = useState(false);
  const [exporting, setExporting] = useState(false);
  const stepRef = useRef<HTMLDivElement>(null);
  const step = flow.step;
  const hasPreview = flow.preview !== null;
  // The button that moved the flow on is gone (or "Next" just became usable): put focus where
  // the new step starts. Re-reading the preview keeps focus on the control the user changed.
  useEffect(() => {
    const dialog = stepRef.current?.closest('dialog');
    const target =
      dialog?.querySelector<HTMLElement>('[data-autofocus]:not(:disabled)') ??
      dialog?.querySelector<HTMLElement>('.dialog-footer button:not(:disabled)');
    target?.focus();
  }, [step, hasPreview]);
  const { mapping, target } = flow;
  // Once per change of the mapping, not per render (a wide file has thousands of field names).
  const errors = useMemo(
    () => (mapping ? mappingErrors(mapping, lists, target) : null),
    [mapping, lists, target],
  );
  if (!flow.active || !flow.visible || !flow.file) return null;
  const { file, preview, run, outcome } = flow;
  const optOuts = target === 'optOuts';

  const startImport = () => {
    if (!errors || hasErrors(errors)) {
      setShowErrors(true);
      return;
    }
    setShowErrors(false);
    void flow.start();
  };

  const exportReport = async (runId: number) => {
    setExporting(true);
    const result = await flow.exportReport(runId);
    setExporting(false);
    if (!result.ok) toast('error', result.error.message);
    else if (result.value) {
      toast(
        'success',
        `Saved the report (${formatCount(result.value.rows)} rows) to ${result.value.path}`,
        10_000,
      );
    }
  };

  const targetName = optOuts
    ? 'the opt-out list'
    : mapping?.target === 'existing'
      ? (lists.find((l) => l.id === mapping.listId)?.name ?? 'the list')
      : (mapping?.newListName.trim() ?? '');

  let body;
  let footer;
  switch (step) {
    case 'preview':
      body = <PreviewStep />;
      footer = (
        <DialogActions
          label="Next: columns"
          onCancel={flow.reset}
          onConfirm={flow.toMapping}
          disabled={!preview || preview.empty || flow.previewLoading || !!flow.previewError}
          autoFocus
        />
      );
      break;
    case 'mapping':
      body =
        preview && mapping ? (
          <MappingStep
            preview={preview}
            draft={mapping}
            errors={showErrors ? errors : null}
            target={target}
          />
        ) : null;
      footer = (
        <DialogActions
          label="Import"
          cancelLabel="Back"
          onCancel={flow.back}
          onConfirm={startImport}
        />
      );
      break;
    case 'importing':
      body = run ? <ProgressStep run={run} listName={targetName} /> : null;
      footer = (
        <>
          <button type="button" onClick={flow.hide}>
            Hide
          </button>
          <BusyButton
            className="danger"
            busy={run?.canceling ?? false}
            busyLabel="Canceling…"
            disabled={!run}
            onClick={() => void flow.cancel()}
          >
            Cancel import
          </BusyButton>
        </>
      );
      break;
    case 'report': {
      body = outcome ? <ReportStep outcome={outcome} optOuts={optOuts} /> : null;
      const report = outcome?.kind === 'report' ? outcome.report : null;
      const issues = report
        ? report.invalid + report.duplicates + report.suppressed + report.warnings
        : 0;
      footer = (
        <>
          {outcome?.kind === 'failed' ? (
            <button type="button" onClick={flow.back}>
              Back
            </button>
          ) : null}
          {report && report.status === 'done' && issues > 0 ? (
            <button
              type="button"
              disabled={exporting}
              onClick={() => void exportReport(report.runId)}
            >
              Export report CSV
            </button>
          ) : null}
          <button
            type="button"
            className={optOuts ? 'primary' : undefined}
            data-autofocus={!report?.listId || undefined}
            onClick={flow.reset}
          >
            {optOuts ? 'Done' : 'Close'}
          </button>
          {report && report.status === 'done' && report.listId !== null ? (
            <button
              type="button"
              className="primary"
              data-autofocus
              onClick={() => {
                openList(report.listId);
                flow.reset();
              }}
            >
              Open list
            </button>
          ) : null}
        </>
      );
      break;
    }
    default:
      return assertNever(step);
  }

  return (
    <Dialog
      title={dialogTitle(optOuts, step)}
      description={
        <>
          <span className="contacts-file-name" dir="auto">
            {file.name}
          </span>{' '}
          · {formatBytes(file.size)}
        </>
      }
      onClose={flow.hide}
      footer={footer}
    >
      <div className="contacts-import" ref={stepRef}>
        <ImportSteps current={step} />
        {body}
      </div>
    </Dialog>
  );
}

/** The opt-out flow says what it is; its last step says what happened. */
function dialogTitle(optOuts: boolean, step: string): string {
  if (!optOuts) return 'Import contacts';
  return step === 'report' ? 'Opt-outs imported' : 'Import opt-outs';
}
