import { useEffect, useId, useRef } from 'react';
import type { QuietHoursPolicy } from '../../../../shared/schedule/quiet-hours-policy';
import { countryLabel, countryName } from '../../../lib/country-name';
import { useToasts } from '../../../ui/toast-store';
import { useFocusFirstInvalid } from '../../../ui/use-form-errors';
import { DraftFooter } from '../draft-footer';
import { AddCountryForm } from './add-country-form';
import { quietHourPresets } from './quiet-hour-presets';
import { useQuietDraft } from './use-quiet-draft';
import { WindowRow } from './window-row';

/** The default sending window and the per-country ones, with presets for common rules. */
export function QuietHoursSection({
  saved,
  revision,
}: {
  saved: QuietHoursPolicy;
  revision: number;
}) {
  const titleId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const quiet = useQuietDraft(saved, revision);
  const toast = useToasts((s) => s.show);
  /** A row to focus once drawn: its start time after an add, its remove button after a removal. */
  const pendingFocus = useRef<{
    label: string;
    control: 'input' | '.window-actions button';
  } | null>(null);
  const setFocus = (target: NonNullable<typeof pendingFocus.current>) => {
    pendingFocus.current = target;
  };

  useEffect(() => {
    const focus = pendingFocus.current;
    if (focus === null) return;
    pendingFocus.current = null;
    const target = sectionRef.current?.querySelector(
      `[data-window-key="${CSS.escape(focus.label)}"] ${focus.control}`,
    );
    if (target instanceof HTMLElement) target.focus();
  });

  const remove = (id: number) => {
    const rows = quiet.draft.countries;
    const at = rows.findIndex((r) => r.id === id);
    const next = rows[at + 1] ?? rows[at - 1];
    quiet.removeCountry(id);
    setFocus(
      next
        ? { label: countryLabel(next.country), control: '.window-actions button' }
        : { label: 'Default window', control: 'input' },
    );
  };

  useFocusFirstInvalid(
    sectionRef,
    quiet.refusals,
    '[aria-invalid="true"], .weekday-toggles-invalid button',
  );

  return (
    <section ref={sectionRef} className="card settings-section" aria-labelledby={titleId}>
      <div className="section-head">
        <div>
          <h2 id={titleId}>Quiet hours</h2>
          <p className="section-intro">
            Messages to a recipient are held while it is outside their window in the recipient’s
            local time, and go out when it opens; where a country spans several time zones, the
            window must be open in all of them.
          </p>
        </div>
      </div>

      <div className="preset-bar" role="group" aria-label="Presets">
        <span className="preset-bar-label" aria-hidden="true">
          Presets
        </span>
        {quietHourPresets.map((preset) => (
          <button
            key={preset.country}
            type="button"
            onClick={() => {
              const replaced = quiet.hasCountry(preset.country);
              quiet.putCountry(preset.country, preset.window);
              setFocus({ label: countryLabel(preset.country), control: 'input' });
              toast(
                'info',
                `${replaced ? 'Replaced' : 'Added'} the ${countryName(preset.country) ?? preset.country} window. Save to keep it.`,
              );
            }}
          >
            {preset.label}
          </button>
        ))}
      </div>

      <div className="window-table">
        <div className="window-head" aria-hidden="true">
          <span>Where</span>
          <span>Allowed from – until</span>
          <span>Days</span>
          <span />
        </div>
        {/* Labelled groups, not a list: each row is a group of its own controls. */}
        <div className="window-list">
          <WindowRow
            label="Default window"
            title="All other countries"
            subtitle="Default"
            window={quiet.draft.default}
            errors={quiet.errorsFor('default')}
            onChange={quiet.setDefault}
          />
          {quiet.draft.countries.map((row) => (
            <WindowRow
              key={row.id}
              label={countryLabel(row.country)}
              title={countryName(row.country) ?? row.country}
              subtitle={row.country}
              window={row.window}
              errors={quiet.errorsFor(row.id)}
              onChange={(window) => quiet.setCountryWindow(row.id, window)}
              onRemove={() => remove(row.id)}
            />
          ))}
        </div>
      </div>

      <AddCountryForm
        hasCountry={quiet.hasCountry}
        onAdd={(country) => {
          quiet.addCountry(country);
          setFocus({ label: countryLabel(country), control: 'input' });
        }}
      />

      <DraftFooter draft={quiet} saveLabel="Save quiet hours" onSave={() => void quiet.save()} />
    </section>
  );
}
