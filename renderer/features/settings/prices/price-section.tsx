import { useEffect, useId, useRef } from 'react';
import type { PriceTable } from '../../../../shared/pricing/price-table';
import { BusyButton } from '../../../ui/busy-button';
import { Field } from '../../../ui/field';
import { Icon } from '../../../ui/icon';
import { useFocusFirstInvalid } from '../../../ui/use-form-errors';
import { DraftFooter } from '../draft-footer';
import { PriceDropZone } from './price-drop-zone';
import { PriceImportDialog } from './price-import-dialog';
import { PriceTableView } from './price-table-view';
import { usePriceDraft } from './use-price-draft';
import { usePriceImport } from './use-price-import';

/** Where focus goes after a row is added or removed, once React has drawn the change. */
type FocusTarget = { row: number; field: 'country' | 'remove' } | 'add' | null;

/** The price per message part by destination country, used for every cost estimate. */
export function PriceSection({ saved, revision }: { saved: PriceTable; revision: number }) {
  const titleId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const price = usePriceDraft(saved, revision);
  const importer = usePriceImport();
  const rows = price.draft.rows;
  // Read after the render that draws the change: a ref, so asking for focus renders nothing.
  const pendingFocus = useRef<FocusTarget>(null);
  const setFocus = (target: FocusTarget) => {
    pendingFocus.current = target;
  };

  useEffect(() => {
    const focus = pendingFocus.current;
    if (focus === null) return;
    pendingFocus.current = null;
    if (focus === 'add') addRef.current?.focus();
    else {
      const selector = `tr[data-row-id="${focus.row}"] ${focus.field === 'country' ? 'input[data-field="country"]' : 'button'}`;
      sectionRef.current?.querySelector<HTMLElement>(selector)?.focus();
    }
  });

  useFocusFirstInvalid(sectionRef, price.refusals);

  const remove = (id: number) => {
    const at = rows.findIndex((r) => r.id === id);
    const next = rows[at + 1] ?? rows[at - 1];
    price.removeRow(id);
    setFocus(next ? { row: next.id, field: 'remove' } : 'add');
  };

  return (
    <section ref={sectionRef} className="card settings-section" aria-labelledby={titleId}>
      <div className="section-head">
        <div>
          <h2 id={titleId}>Prices</h2>
          <p className="section-intro">
            The price of one message part by destination country, used for cost estimates before
            sending. Countries without a price are listed as unknown, never guessed.
          </p>
        </div>
        <div className="section-actions">
          <BusyButton busy={importer.reading} onClick={importer.choose}>
            Import CSV…
          </BusyButton>
        </div>
      </div>

      <div className="price-toolbar">
        <Field label="Currency" error={price.currencyError} className="currency-field">
          {(control) => (
            <input
              {...control}
              className="mono"
              value={price.draft.currency}
              maxLength={3}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => price.setCurrency(e.target.value)}
            />
          )}
        </Field>
        <p className="muted price-toolbar-note">One currency for the whole table.</p>
        <button
          ref={addRef}
          type="button"
          onClick={() => setFocus({ row: price.addRow(), field: 'country' })}
        >
          <Icon name="plus" /> Add price
        </button>
      </div>

      {rows.length === 0 ? (
        <p className="price-empty">No prices yet — costs will show as unknown.</p>
      ) : (
        <PriceTableView
          rows={rows}
          currency={price.draft.currency}
          error={price.rowError}
          onChange={price.setCell}
          onBlur={price.blurCell}
          onRemove={remove}
        />
      )}

      <PriceDropZone busy={importer.reading} onFile={importer.drop} />

      <DraftFooter draft={price} saveLabel="Save prices" onSave={() => void price.save()} />

      {importer.preview ? (
        <PriceImportDialog
          preview={importer.preview}
          currentCount={saved.length}
          unsavedEdits={price.dirty}
          onClose={importer.close}
        />
      ) : null}
    </section>
  );
}
