import type { CsvPreview } from './contact-types';

/** What an import reads: a CSV (any text encoding) or a spreadsheet, told apart by content. */
export const fileFormats = ['csv', 'xlsx', 'ods'] as const;
export type FileFormat = (typeof fileFormats)[number];

export interface SheetView {
  readonly name: string;
  readonly hidden: boolean;
}

/**
 * The country most of a column's international numbers (+…, 00…) belong to: offered as the
 * default country, never applied without the user's choice.
 */
export interface CountryGuess {
  readonly country: string;
  /** International numbers in the sample that belong to `country`. */
  readonly matches: number;
  /** International numbers in the sample. */
  readonly international: number;
  /** Non-empty values in the sample. */
  readonly sampled: number;
}

/** What changing a list's default country did (or, when not applied, would do). */
export interface ListCountryChange {
  readonly listId: number;
  readonly from: string | null;
  readonly to: string | null;
  readonly applied: boolean;
  /** Contacts written without a country code: the ones the country decides. */
  readonly reread: number;
  readonly changed: number;
  readonly unchanged: number;
  /** Not a number with the new country: left as they were. */
  readonly unreadable: number;
  /** Would become another contact's number: left as they were. */
  readonly repeats: number;
  /** Written with "+" or "00": the country does not change them. */
  readonly international: number;
  /** The first changes, as written in the file and before → after. */
  readonly examples: { readonly raw: string; readonly before: string; readonly after: string }[];
  /** The first numbers left as they were, and why. */
  readonly problems: { readonly raw: string; readonly phone: string; readonly detail: string }[];
}

/**
 * The candidates of the country rule that are not tied to one list (see `chooseCountry`): the
 * engine knows them, the renderer prefills its country choices from them.
 */
export interface CountryDefaults {
  /** Settings' default country (test sends, numbers typed by hand). */
  readonly setting: string | null;
  /** The country the last import used. */
  readonly lastUsed: string | null;
  /** The computer's locale (LC_ALL/LANG, or the system's on macOS and Windows). */
  readonly locale: string | null;
}

/** The preview step's answer: what the file holds, and the country rule's candidates. */
export interface ImportPreview extends CsvPreview {
  readonly countries: CountryDefaults;
}
