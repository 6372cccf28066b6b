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
