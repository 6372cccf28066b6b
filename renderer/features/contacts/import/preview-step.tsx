import {
  csvDelimiters,
  csvEncodings,
  type CsvPreview,
} from '../../../../shared/contacts/contact-types';
import { formatCount } from '../../../lib/format';
import { CheckboxRow } from '../../../ui/checkbox-row';
import { Field } from '../../../ui/field';
import { SelectField } from '../../../ui/select-field';
import { delimiterLabel, encodingLabel } from '../csv-labels';
import { useImport } from './import-store';
import { columnLabel } from './mapping-draft';

const MAX_CELL = 120;

function cellText(value: string | undefined): string {
  if (value === undefined) return '';
  return value.length > MAX_CELL ? `${value.slice(0, MAX_CELL)}…` : value;
}

/**
 * Step 1: what the engine read, with the settings it guessed; changing one reads again at once.
 * A CSV offers its encoding and delimiter; a spreadsheet its sheets.
 */
export function PreviewStep() {
  const { preview, previewLoading, previewError, choose } = useImport();
  return (
    <div className="contacts-import-step">
      {preview ? (
        <div className="contacts-read-settings">
          {preview.format === 'csv' ? (
            <>
              <SelectField
                label="Encoding"
                value={preview.encoding}
                options={csvEncodings}
                labelOf={encodingLabel}
                disabled={previewLoading}
                onChange={(encoding) => void choose({ encoding })}
              />
              <SelectField
                label="Delimiter"
                value={preview.delimiter}
                options={csvDelimiters}
                labelOf={delimiterLabel}
                disabled={previewLoading}
                onChange={(delimiter) => void choose({ delimiter })}
              />
            </>
          ) : (
            <SheetPicker
              preview={preview}
              busy={previewLoading}
              onChoose={(sheet) => void choose({ sheet })}
            />
          )}
          <CheckboxRow
            className="contacts-header-toggle"
            label="First row is a header"
            checked={preview.hasHeader}
            disabled={previewLoading}
            onChange={(hasHeader) => void choose({ hasHeader })}
          />
        </div>
      ) : null}
      {previewError ? (
        <div role="alert" className="banner banner-error">
          {previewError}
        </div>
      ) : null}
      {preview ? <PreviewTable preview={preview} busy={previewLoading} /> : null}
      {!preview && previewLoading ? <p className="muted">Reading the file…</p> : null}
    </div>
  );
}

/** Which sheet of a workbook to read; a single sheet is named, not offered. */
function SheetPicker({
  preview,
  busy,
  onChoose,
}: {
  preview: CsvPreview;
  busy: boolean;
  onChoose(sheet: number): void;
}) {
  const kind = preview.format === 'ods' ? 'OpenDocument spreadsheet' : 'Excel workbook';
  const only = preview.sheets.length <= 1;
  return (
    <Field label="Sheet" hint={`${kind}${only ? '' : `, ${preview.sheets.length} sheets`}.`}>
      {(control) => (
        <select
          {...control}
          value={preview.sheet ?? 0}
          disabled={busy || only}
          onChange={(e) => onChoose(Number(e.target.value))}
        >
          {preview.sheets.map((sheet, index) => (
            <option key={index} value={index}>
              {sheet.name}
              {sheet.hidden ? ' (hidden)' : ''}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function PreviewTable({ preview, busy }: { preview: CsvPreview; busy: boolean }) {
  if (preview.empty) {
    return (
      <div role="alert" className="banner banner-warning">
        This file has no rows to import.
      </div>
    );
  }
  const columns = Array.from({ length: preview.columnCount }, (_, i) => i);
  return (
    <>
      {preview.singleColumn && preview.columnCount <= 1 ? (
        <p className="banner banner-info">
          Only one column was found. If the file has more, choose another delimiter.
        </p>
      ) : null}
      <div className="contacts-preview-scroll" aria-busy={busy}>
        <table
          className="contacts-table contacts-preview-table"
          aria-label="First rows of the file"
        >
          <thead>
            <tr>
              <th scope="col" className="contacts-rownum">
                <span className="sr-only">Row</span>
              </th>
              {columns.map((i) => (
                <th key={i} scope="col">
                  {columnLabel(preview, i)}
                  {i === preview.phoneColumn ? (
                    <span className="badge badge-info contacts-phone-badge">phone</span>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.previewRows.map((row, r) => (
              <tr key={r}>
                <td className="contacts-rownum">{r + 1}</td>
                {columns.map((i) => (
                  <td key={i} title={row[i]} dir="auto">
                    {cellText(row[i])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted contacts-preview-note">
        {preview.previewRows.length === 0
          ? 'Only a header row was found.'
          : `The first ${formatCount(preview.previewRows.length)} rows, ${formatCount(preview.columnCount)} columns.`}
      </p>
    </>
  );
}
