import { useMemo } from 'react';
import type { PriceTable } from '../../../../shared/pricing/price-table';
import { useUnsavedWork } from '../../../app/leave-guard';
import { plural } from '../../../lib/format';
import { useSettings } from '../settings-store';
import { useSavedDraft } from '../use-saved-draft';
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

/** The price editor's working copy: edits stay here until "Save prices" passes the checks. */
export function usePriceDraft(saved: PriceTable, revision: number) {
  const savePriceTable = useSettings((s) => s.savePriceTable);
  const editor = useSavedDraft(saved, revision, draftFromTable);
  const { draft, showAll, edit } = editor;
  const check = useMemo(() => checkPriceDraft(draft), [draft]);
  const save = async (): Promise<boolean> => {
    const { entries } = check;
    if (!entries) {
      editor.refuse(refusalMessage(check.rowErrors.size, check.currencyError));
      return false;
    }
    const count = entries.length;
    return editor.save(
      () => savePriceTable(entries),
      count === 0 ? 'Price table cleared.' : `Saved ${plural(count, 'price')}.`,
    );
  };
  useUnsavedWork('Prices', editor.dirty, save, editor.discard);
  const mapRows = (id: number, change: (row: PriceRow) => PriceRow) =>
    edit((d: PriceDraft) => ({
      ...d,
      rows: d.rows.map((row) => (row.id === id ? change(row) : row)),
    }));

  return {
    ...editor,
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
    save,
  };
}

function refusalMessage(badRows: number, currencyError: string | null): string {
  if (badRows === 0 && currencyError) return 'Fix the currency before saving.';
  return `Nothing was saved: ${plural(badRows, 'row needs', 'rows need')} a fix.`;
}
