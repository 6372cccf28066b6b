import { useId } from 'react';
import type { Campaign } from '../../../../../shared/campaigns/campaign-types';
import { CheckboxRow } from '../../../../ui/checkbox-row';
import type { CampaignPatch } from '../campaign-editor-store';
import {
  localInputToIso,
  suggestedStart,
  timeZoneName,
  toLocalInput,
  utcOffset,
} from './schedule-time';

/** "Send now" or "Start at" a local date and time (stored as ISO with the offset), quiet hours. */
export function ScheduleFields({
  campaign,
  problem,
  onEdit,
}: {
  campaign: Campaign;
  problem: string | null;
  onEdit(patch: CampaignPatch): void;
}) {
  const id = useId();
  const at = campaign.scheduleAt ? new Date(campaign.scheduleAt) : null;
  return (
    <fieldset className="schedule-fields">
      <legend>When</legend>
      <div className="radio-row">
        <input
          id={`${id}-now`}
          type="radio"
          name={`${id}-when`}
          checked={at === null}
          onChange={() => onEdit({ scheduleAt: null })}
        />
        <label htmlFor={`${id}-now`}>Send now</label>
      </div>
      <div className="radio-row">
        <input
          id={`${id}-later`}
          type="radio"
          name={`${id}-when`}
          checked={at !== null}
          onChange={() =>
            onEdit({ scheduleAt: localInputToIso(toLocalInput(suggestedStart(new Date()))) })
          }
        />
        <label htmlFor={`${id}-later`}>Start at</label>
      </div>
      {at ? (
        <div className="field nested-field">
          <label htmlFor={`${id}-at`}>Start date and time</label>
          <div className="inline-field">
            <input
              id={`${id}-at`}
              type="datetime-local"
              value={toLocalInput(at)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : `${id}-zone`}
              onChange={(e) => {
                const iso = localInputToIso(e.target.value);
                if (iso) onEdit({ scheduleAt: iso });
              }}
            />
            <span id={`${id}-zone`} className="muted">
              {timeZoneName()}, UTC{utcOffset(at)}
            </span>
          </div>
          {problem ? (
            <p id={`${id}-problem`} className="field-error">
              {problem}
            </p>
          ) : null}
        </div>
      ) : null}
      <CheckboxRow
        className="quiet-hours-row"
        label="Respect quiet hours"
        checked={campaign.quietHours}
        describedBy={`${id}-quiet-hint`}
        onChange={(quietHours) => onEdit({ quietHours })}
      />
      <p id={`${id}-quiet-hint`} className="field-hint">
        Messages to a recipient whose local time is at night wait until morning there.
      </p>
    </fieldset>
  );
}
