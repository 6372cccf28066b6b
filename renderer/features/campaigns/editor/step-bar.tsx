import type { Campaign } from '../../../../shared/campaigns/campaign-types';
import { editorSteps, stepComplete, type EditorStep } from './editor-steps';

/** The four steps as a clickable bar; the current one is marked for assistive tech. */
export function StepBar({
  campaign,
  current,
  onSelect,
}: {
  campaign: Campaign;
  current: EditorStep;
  onSelect(step: EditorStep): void;
}) {
  return (
    <nav className="step-bar" aria-label="Campaign steps">
      <ol>
        {editorSteps.map((s, i) => {
          const done = stepComplete(s.id, campaign);
          const active = s.id === current;
          return (
            <li key={s.id}>
              <button
                type="button"
                className={active ? 'step active' : done ? 'step done' : 'step'}
                aria-current={active ? 'step' : undefined}
                onClick={() => onSelect(s.id)}
              >
                <span className="step-number" aria-hidden="true">
                  {done && !active ? '✓' : i + 1}
                </span>
                <span>{s.label}</span>
                {done && !active ? <span className="sr-only"> (done)</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
