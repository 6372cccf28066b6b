import { classifyRecord, type RowMapping } from './classify-row';
import type { CsvRecord } from './csv-records';
import { rawLineOf, type RowIssue, type RowWarning } from './import-issue';
import { searchTextBuilder } from './search-text-builder';

/** What a sink needs built for each contact, beyond its number (none of it for a check). */
export interface BlockWants {
  /** `fields_json`: the mapped fields as JSON. */
  readonly fields: boolean;
  /** The list's columns, for each contact's search text (`contacts.search`); null for none. */
  readonly searchColumns: readonly string[] | null;
}

/**
 * A run of consecutive data rows, classified: the contacts column by column (arrays of
 * strings and numbers, which cross a thread boundary cheaply and bind straight into an INSERT)
 * and the invalid rows as the issues they become. Every row of the run is in exactly one of
 * the two, and both are in row order.
 */
export interface ContactBlock {
  /** Bytes of the file read when this block was complete (progress). */
  readonly bytesRead: number;
  readonly rows: number[];
  /** E.164. */
  readonly phones: string[];
  readonly countries: (string | null)[];
  /** Empty strings when the sink did not ask for fields. */
  readonly fieldsJson: string[];
  /** Empty strings when the sink did not ask for search text. */
  readonly search: string[];
  /** The warning reasons joined with commas (`contacts.warning`), null for none. */
  readonly warningCodes: (string | null)[];
  /** The phone cell as written, cut to 100 characters. */
  readonly rawPhones: string[];
  /** Read with the default country (a national number): its cell is kept as `raw_phone`. */
  readonly readWithCountry: boolean[];
  /** The row as the report shows it, should it be reported. */
  readonly rawLines: string[];
  /** The warnings of the contacts that have any, by index into the columns above. */
  readonly warnings: Map<number, readonly RowWarning[]>;
  readonly invalid: RowIssue[];
}

/** Classifies `records` (data rows numbered from `firstRow`) into one block. */
export function classifyBlock(
  records: readonly CsvRecord[],
  firstRow: number,
  bytesRead: number,
  mapping: RowMapping,
  wants: BlockWants,
): ContactBlock {
  const block: ContactBlock = {
    bytesRead,
    rows: [],
    phones: [],
    countries: [],
    fieldsJson: [],
    search: [],
    warningCodes: [],
    rawPhones: [],
    readWithCountry: [],
    rawLines: [],
    warnings: new Map(),
    invalid: [],
  };
  const searchText = wants.searchColumns ? searchTextBuilder(wants.searchColumns) : null;
  let row = firstRow;
  for (const record of records) {
    const item = classifyRecord(record, row, mapping);
    if (item.type === 'invalid') {
      block.invalid.push(item.issue);
    } else {
      const { contact } = item;
      const index = block.rows.length;
      block.rows.push(row);
      block.phones.push(contact.phone);
      block.countries.push(contact.country);
      block.fieldsJson.push(wants.fields ? JSON.stringify(contact.fields) : '');
      block.search.push(searchText ? searchText(contact.phone, contact.fields) : '');
      block.rawPhones.push(contact.rawPhone.slice(0, 100));
      block.readWithCountry.push(contact.readWithCountry);
      block.rawLines.push(rawLineOf(contact.source, mapping.delimiter));
      if (contact.warnings.length === 0) block.warningCodes.push(null);
      else {
        block.warningCodes.push(contact.warnings.map((w) => w.reason).join(','));
        block.warnings.set(index, contact.warnings);
      }
    }
    row++;
  }
  return block;
}

/** Rows in the block, contacts and invalid ones together. */
export function blockRowCount(block: ContactBlock): number {
  return block.rows.length + block.invalid.length;
}
