import { useMemo, useState } from 'react';
import type { PriceTable } from '../../../../shared/pricing/price-table';
import { useToasts } from '../../../ui/toast-store';
import { useSettings } from '../settings-store';
import {
  checkPriceDraft,
  draftFromTable,
  newPriceRow,
  readCountryCell,
  type PriceDraft,
  type PriceRow,
  type PriceRowErrors,
} from './price-draft';

export type PriceField = keyof PriceRowErrors;

interface DraftState {
  /** The saved table's revision this draft started from. */
  readonly revision: number;
  readonly draft: PriceDraft;
  readonly dirty: boolean;
  /** After a refused save every message shows; before it, only the ones worth interrupting. */
  readonly showAll: boolean;
}

function fresh(saved: PriceTable, revision: number): DraftState {
  return { revision, draft: draftFromTable(saved), dirty: false, showAll: false };
}

/** The price editor's working copy: edits stay here until "Save prices" passes the checks. */
export function usePriceDraft(saved: PriceTable, revision: number) {
  const savePriceTable = useSettings((s) => s.savePriceTable);
  const toast = useToasts((s) => s.show);
  const [state, setState] = useState(() => fresh(saved, revision));
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  /** Bumped on a refused save so the section can move focus to the first bad cell. */
  const [refusals, setRefusals] = useState(0);

  // A save or an import changed the saved table: start again from it (React's "reset state on
  // prop change" pattern, so the inputs keep their DOM nodes and focus).
  let current = state;
  if (state.revision !== revision) {
    current = fresh(saved, revision);
    setState(current);
  }
  const { draft, dirty, showAll } = current;
  const check = useMemo(() => checkPriceDraft(draft), [draft]);

  const edit = (change: (draft: PriceDraft) => PriceDraft) => {
    setFormError(null);
    setState((s) => ({ ...s, draft: change(s.draft), dirty: true }));
  };
  const mapRows = (id: number, change: (row: PriceRow) => PriceRow) =>
    edit((d) => ({ ...d, rows: d.rows.map((row) => (row.id === id ? change(row) : row)) }));

  return {
    draft,
    dirty,
    busy,
    formError,
    refusals,
    check,
    /**
     * Messages appear while typing only for a price that is wrong as typed or a country that is
     * already priced. Empty cells and half-typed names wait for Save: a message that appears on
     * blur would move the Save button away from under the pointer mid-click.
     */
    rowError(id: number, field: PriceField): string | undefined {
      const message = check.rowErrors.get(id)?.[field];
      if (message === undefined || showAll) return message;
      const row = draft.rows.find((r) => r.id === id);
      if (field === 'price') return row && row.price.trim() !== '' ? message : undefined;
      return check.duplicates.has(id) ? message : undefined;
    },
    currencyError: showAll || draft.currency.trim().length >= 3 ? check.currencyError : null,
    setCurrency: (value: string) => edit((d) => ({ ...d, currency: value.toUpperCase() })),
    setCell: (id: number, field: PriceField, value: string) =>
      mapRows(id, (row) => ({ ...row, [field]: value })),
    /** Leaving a country cell turns "germany" or "de" into DE, so the row shows its name. */
    blurCell: (id: number, field: PriceField) => {
      if (field !== 'country') return;
      const row = draft.rows.find((r) => r.id === id);
      const country = row ? readCountryCell(row.country) : null;
      if (row && country?.ok && country.code !== row.country) {
        mapRows(id, (r) => ({ ...r, country: country.code }));
      }
    },
    addRow: (): number => {
      const row = newPriceRow();
      edit((d) => ({ ...d, rows: [...d.rows, row] }));
      return row.id;
    },
    removeRow: (id: number) => edit((d) => ({ ...d, rows: d.rows.filter((r) => r.id !== id) })),
    discard: () => {
      setFormError(null);
      setState(fresh(saved, revision));
    },
    save: async () => {
      if (!check.entries) {
        setState((s) => ({ ...s, showAll: true }));
        setFormError(refusalMessage(check.rowErrors.size, check.currencyError));
        setRefusals((n) => n + 1);
        return;
      }
      setBusy(true);
      const result = await savePriceTable(check.entries);
      setBusy(false);
      if (!result.ok) {
        setFormError(result.error.message);
        return;
      }
      const count = check.entries.length;
      toast('success', count === 0 ? 'Price table cleared.' : `Saved ${plural(count, 'price')}.`);
    },
  };
}

function refusalMessage(badRows: number, currencyError: string | null): string {
  if (badRows === 0 && currencyError) return 'Fix the currency before saving.';
  return `Nothing was saved: ${plural(badRows, 'row')} need${badRows === 1 ? 's' : ''} a fix.`;
}

export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}
