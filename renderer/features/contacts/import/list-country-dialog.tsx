import { useState } from 'react';
import type { ContactListView } from '../../../../shared/contacts/contact-types';
import { countryHint } from '../../../../shared/contacts/example-number';
import type { ListCountryChange } from '../../../../shared/contacts/import-types';
import { countryLabel } from '../../../lib/country-name';
import { formatCount, plural } from '../../../lib/format';
import { Dialog } from '../../../ui/dialog';
import { DialogActions } from '../../../ui/dialog-actions';
import { Field } from '../../../ui/field';
import { useToasts } from '../../../ui/toast-store';
import { CountrySelect } from '../country-select';
import { useListCountry } from './use-list-country';

const name = (country: string | null) => (country ? countryLabel(country) : 'no country');

/** What the change does to the list's numbers, in words, with the first examples. */
function ChangeSummary({ change }: { change: ListCountryChange }) {
  const verb = change.applied ? '' : 'would ';
  return (
    <div className="contacts-country-change" aria-live="polite">
      <p>
        {plural(change.reread, 'number is', 'numbers are')} written without a country code and{' '}
        {change.applied ? 'were' : 'will be'} read again as {name(change.to)}:{' '}
        {formatCount(change.changed)} {verb}change, {formatCount(change.unchanged)} stay the same
        {change.unreadable + change.repeats > 0
          ? `, ${formatCount(change.unreadable + change.repeats)} ${verb}stay as they are (listed below)`
          : ''}
        . {plural(change.international, 'number', 'numbers')} written with + or 00{' '}
        {change.international === 1 ? 'does' : 'do'} not depend on the country.
      </p>
      {change.examples.length > 0 ? (
        <ul className="contacts-invalid-list" aria-label="Numbers that change">
          {change.examples.slice(0, 10).map((e) => (
            <li key={`${e.before}-${e.after}`}>
              <bdi>{e.raw}</bdi>: <span className="mono">{e.before}</span> →{' '}
              <span className="mono">{e.after}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {change.problems.length > 0 ? (
        <ul className="contacts-invalid-list" aria-label="Numbers left as they are">
          {change.problems.slice(0, 10).map((p) => (
            <li key={p.phone}>
              <bdi>{p.raw}</bdi> (<span className="mono">{p.phone}</span>): {p.detail}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * Changes a list's default country. The numbers that depend on it are read again; the dialog
 * shows what would change before anything is saved, and what did after.
 */
export function ListCountryDialog({ list, onClose }: { list: ContactListView; onClose(): void }) {
  const [country, setCountry] = useState<string | null>(list.defaultCountry);
  const [done, setDone] = useState<ListCountryChange | null>(null);
  const [busy, setBusy] = useState(false);
  const toast = useToasts((s) => s.show);
  const changed = country !== list.defaultCountry;
  const { preview, apply } = useListCountry(list.id, changed && !done ? country : undefined);

  const save = async () => {
    if (!changed) return onClose();
    setBusy(true);
    const result = await apply();
    setBusy(false);
    if (!result.ok) toast('error', result.error.message);
    else setDone(result.value);
  };

  return (
    <Dialog
      title="Default country"
      description={<bdi>{list.name}</bdi>}
      onClose={onClose}
      onSubmit={() => void save()}
      footer={
        done ? (
          <button type="button" className="primary" data-autofocus onClick={onClose}>
            Done
          </button>
        ) : (
          <DialogActions
            label="Change country"
            busy={busy}
            disabled={!changed}
            onCancel={onClose}
          />
        )
      }
    >
      <Field label="Country" hint={countryHint(country)}>
        {(control) => (
          <CountrySelect
            {...control}
            data-autofocus
            value={country}
            disabled={done !== null}
            onChange={setCountry}
          />
        )}
      </Field>
      {done ? (
        <>
          <p role="status">
            The list’s country is now {name(done.to)} (was {name(done.from)}).
          </p>
          <ChangeSummary change={done} />
        </>
      ) : changed && preview.state === 'ok' ? (
        <ChangeSummary change={preview.value} />
      ) : changed && preview.state === 'failed' ? (
        <p role="alert" className="banner banner-error">
          {preview.error.message}
        </p>
      ) : changed ? (
        <p className="muted">Checking the list’s numbers…</p>
      ) : null}
    </Dialog>
  );
}
