import {
  csvDelimiters,
  csvEncodings,
  type CsvPreview,
} from '../../../../shared/contacts/contact-types';
import { CheckboxRow } from '../../../ui/checkbox-row';
import { Field } from '../../../ui/field';
import { SelectField } from '../../../ui/select-field';
import { delimiterLabel, encodingLabel } from '../csv-labels';
import { useImport } from './import-store';
import { PreviewTable } from './preview-table';

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
