import { useId, useMemo, useState } from 'react';
import type { SenderRule, SenderRuleRow } from '../../../../shared/compliance/sender-rules';
import { countryLabel, countryName } from '../../../lib/country-name';
import { Icon } from '../../../ui/icon';
import { ACTIONS_COLUMN, TableHead } from '../../../ui/table-head';
import { useToasts } from '../../../ui/toast-store';
import { useSettings } from '../settings-store';
import { SenderRuleDialog } from './sender-rule-dialog';

const NEW_RULE: SenderRule = { alphanumeric: true, registration: false, maxLength: 11, note: '' };

type Editing = { country: string | null; rule: SenderRule } | null;

function originBadge(row: SenderRuleRow) {
  if (row.origin === 'edited') return <span className="badge badge-info">Edited</span>;
  if (row.origin === 'added') return <span className="badge badge-info">Added</span>;
  if (row.shipped?.cautious) {
    return (
      <span
        className="badge badge-neutral"
        title="The public sources are thin here: this rule leans to the safe side."
      >
        Cautious
      </span>
    );
  }
  return null;
}

/** Which senders each country accepts: shipped rules the user can edit, reset or add to. */
export function SenderRulesSection({ rows }: { rows: readonly SenderRuleRow[] }) {
  const titleId = useId();
  const filterId = useId();
  const saveRule = useSettings((s) => s.saveSenderRule);
  const resetRule = useSettings((s) => s.resetSenderRule);
  const toast = useToasts((s) => s.show);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<Editing>(null);

  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase();
    if (q === '') return rows;
    return rows.filter(
      (r) =>
        r.country.toLowerCase() === q || (countryName(r.country) ?? '').toLowerCase().includes(q),
    );
  }, [rows, filter]);

  const reset = async (row: SenderRuleRow) => {
    const result = await resetRule(row.country);
    if (!result.ok) return toast('error', result.error.message);
    toast(
      'success',
      row.origin === 'added'
        ? `Removed the rule for ${countryLabel(row.country)}.`
        : `${countryLabel(row.country)} is back to the shipped rule.`,
    );
  };

  return (
    <section className="card settings-section" aria-labelledby={titleId}>
      <div className="section-head">
        <div>
          <h2 id={titleId}>Sender rules</h2>
          <p className="section-intro">
            Which senders each country accepts. The Review warns per country, and a send stops where
            the chosen sender cannot work (a name where only numbers are delivered, a name too
            long). The shipped rules come from public carrier guides; change them to match what your
            CommPeak route delivers.
          </p>
        </div>
        <div className="section-actions">
          <button type="button" onClick={() => setEditing({ country: null, rule: NEW_RULE })}>
            <Icon name="plus" /> Add a country
          </button>
        </div>
      </div>
      <div className="price-filter">
        <label htmlFor={filterId}>Find a country</label>
        <input
          id={filterId}
          type="search"
          value={filter}
          placeholder="Name or code"
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      <table className="data-table sender-rules-table" aria-label="Sender rules">
        <TableHead
          columns={[
            'Country',
            'Letter senders',
            'Registration',
            { label: 'Longest name', className: 'num' },
            'Note',
            ACTIONS_COLUMN,
          ]}
        />
        <tbody>
          {shown.map((row) => {
            const label = countryLabel(row.country);
            return (
              <tr key={row.country}>
                <th scope="row">
                  {label} {originBadge(row)}
                </th>
                <td>{row.rule.alphanumeric ? 'Accepted' : <strong>Not accepted</strong>}</td>
                <td>{row.rule.registration ? 'Needed' : 'Not needed'}</td>
                <td className="num">{row.rule.maxLength}</td>
                <td className="sender-rule-note">
                  {row.rule.note || <span className="muted">—</span>}
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    aria-label={`Edit the rule for ${label}`}
                    onClick={() => setEditing({ country: row.country, rule: row.rule })}
                  >
                    Edit
                  </button>
                  {row.origin === 'default' ? null : (
                    <button
                      type="button"
                      aria-label={`${row.origin === 'added' ? 'Remove' : 'Reset'} the rule for ${label}`}
                      onClick={() => void reset(row)}
                    >
                      {row.origin === 'added' ? 'Remove' : 'Reset'}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {shown.length === 0 ? <p className="muted">No rule for that country: add one.</p> : null}
      {editing ? (
        <SenderRuleDialog
          country={editing.country}
          rule={editing.rule}
          hasRule={(c) => rows.some((r) => r.country === c)}
          onClose={() => setEditing(null)}
          onSave={async (country, rule) => {
            const result = await saveRule(country, rule);
            if (!result.ok) return result.error.message;
            toast('success', `Saved the sender rule for ${countryLabel(country)}.`);
            setEditing(null);
            return null;
          }}
        />
      ) : null}
    </section>
  );
}
