import { useId } from 'react';
import type { Campaign } from '../../../../../shared/campaigns/campaign-types';
import {
  splitProblem,
  variantLabel,
  type VariantSplit,
} from '../../../../../shared/campaigns/message-variants';
import { equalPercents } from './variant-text';

const toInt = (text: string) => (text.trim() === '' ? 0 : Math.round(Number(text)));

/** How the audience is shared between the variants: equally, by chosen shares, or test first. */
export function SplitFields({
  campaign,
  refused,
  onChange,
}: {
  campaign: Campaign;
  /** Why the engine's contract refused the last value (e.g. a test share of 0 %). */
  refused: string | undefined;
  onChange(split: VariantSplit): void;
}) {
  const id = useId();
  const { split, variants } = campaign;
  const count = variants.length;
  const problem = refused ?? splitProblem(split, count);
  const choose = (kind: VariantSplit['kind']) => {
    if (kind === split.kind) return;
    if (kind === 'equal') onChange({ kind });
    else if (kind === 'custom') onChange({ kind, percents: equalPercents(count) });
    else onChange({ kind, testPercent: 20 });
  };
  const radio = (kind: VariantSplit['kind'], label: string) => (
    <div className="checkbox-row">
      <input
        id={`${id}-${kind}`}
        type="radio"
        name={`${id}-split`}
        checked={split.kind === kind}
        onChange={() => choose(kind)}
      />
      <label htmlFor={`${id}-${kind}`}>{label}</label>
    </div>
  );
  return (
    <fieldset className="split-fields" aria-describedby={problem ? `${id}-problem` : undefined}>
      <legend>Who gets which variant</legend>
      {radio('equal', 'Split the audience equally')}
      {radio('custom', 'Choose each variant’s share')}
      {split.kind === 'custom' ? (
        <div className="nested-field split-shares">
          {variants.map((_, i) => (
            <label key={i} className="split-share">
              <span dir="auto">Share of {variantLabel(variants, i)} (%)</span>
              <input
                type="number"
                min={0}
                max={100}
                step={1}
                value={split.percents[i] ?? 0}
                onChange={(e) => {
                  const percents = variants.map((__, j) => split.percents[j] ?? 0);
                  percents[i] = toInt(e.target.value);
                  onChange({ kind: 'custom', percents });
                }}
              />
            </label>
          ))}
          <p className="field-hint" aria-live="polite">
            Together: {split.percents.reduce((a, b) => a + b, 0)} %
          </p>
        </div>
      ) : null}
      {radio('test', 'Test on part of the audience first, then send the winner to the rest')}
      {split.kind === 'test' ? (
        <div className="nested-field">
          <label className="split-share">
            <span>Test on (% of the audience)</span>
            <input
              type="number"
              min={1}
              max={90}
              step={1}
              value={split.testPercent}
              onChange={(e) => onChange({ kind: 'test', testPercent: toInt(e.target.value) })}
            />
          </label>
          <p className="field-hint">
            {split.testPercent} % of the audience gets the test (
            {formatShare(split.testPercent / count)} % per variant). The campaign then pauses so you
            can compare the variants and choose the one the other {100 - split.testPercent} % get.
          </p>
        </div>
      ) : null}
      {problem ? (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}

function formatShare(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}
