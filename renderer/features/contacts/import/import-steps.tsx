import type { ImportStep } from './import-flow-types';

const steps: readonly { step: ImportStep; label: string }[] = [
  { step: 'preview', label: 'Preview' },
  { step: 'mapping', label: 'Columns' },
  { step: 'importing', label: 'Import' },
  { step: 'report', label: 'Report' },
];

/** Where the user is in the import; a list so screen readers say "step 2 of 4". */
export function ImportSteps({ current }: { current: ImportStep }) {
  const at = steps.findIndex((s) => s.step === current);
  return (
    <ol className="contacts-steps" aria-label="Import steps">
      {steps.map((s, i) => (
        <li
          key={s.step}
          aria-current={i === at ? 'step' : undefined}
          className={i < at ? 'contacts-step-done' : i === at ? 'contacts-step-current' : undefined}
        >
          <span className="contacts-step-number" aria-hidden="true">
            {i < at ? '✓' : i + 1}
          </span>
          {s.label}
        </li>
      ))}
    </ol>
  );
}
