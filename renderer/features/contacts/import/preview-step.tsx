import {
  csvDelimiters,
  csvEncodings,
  type CsvDelimiter,
  type CsvEncoding,
  type CsvPreview,
} from '../../../../shared/contacts/contact-types';
import { Field } from '../../../ui/field';
import { delimiterLabel, encodingLabel } from '../csv-labels';
import { formatCount } from '../../../lib/format';
import { useImport } from './import-store';
import { columnLabel } from './mapping-draft';

const MAX_CELL = 120;

function cellText(value: string | undefined): string {
  if (value === undefined) return '';
  return value.length > MAX_CELL ? `${value.slice(0, MAX_CELL)}…` : value;
}

/** Step 1: what the engine read, with the settings it guessed; changing one reads again. */
export function PreviewStep() {
  const { preview, previewLoading, previewError, choose } = useImport();
  return (
    <div className="contacts-import-step">
      {preview ? (
        <div className="contacts-read-settings">
          <Field label="Encoding">
            {(control) => (
              <select
                {...control}
                value={preview.encoding}
                disabled={previewLoading}
                onChange={(e) => void choose({ encoding: e.target.value as CsvEncoding })}
              >
                {csvEncodings.map((enc) => (
                  <option key={enc} value={enc}>
                    {encodingLabel(enc)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Delimiter">
            {(control) => (
              <select
                {...control}
                value={preview.delimiter}
                disabled={previewLoading}
                onChange={(e) => void choose({ delimiter: e.target.value as CsvDelimiter })}
              >
                {csvDelimiters.map((d) => (
                  <option key={d} value={d}>
                    {delimiterLabel(d)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="checkbox-row contacts-header-toggle">
            <input
              id="contacts-has-header"
              type="checkbox"
              checked={preview.hasHeader}
              disabled={previewLoading}
              onChange={(e) => void choose({ hasHeader: e.target.checked })}
            />
            <label htmlFor="contacts-has-header">First row is a header</label>
          </div>
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
                  <td key={i} title={row[i]}>
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
