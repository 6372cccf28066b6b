/**
 * The text encodings an import can read, in the order the preview's picker shows them, with the
 * words it shows. Detection picks one of these; the user can always pick another.
 */
export const csvEncodingLabels = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 with BOM',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 / ISO-8859-1 (Western European)',
  'iso-8859-15': 'ISO-8859-15 (Western European, with €)',
  'windows-1250': 'Windows-1250 (Central European)',
  'iso-8859-2': 'ISO-8859-2 (Central European)',
  'windows-1251': 'Windows-1251 (Cyrillic)',
  'iso-8859-5': 'ISO-8859-5 (Cyrillic)',
  'koi8-r': 'KOI8-R (Russian)',
  'windows-1253': 'Windows-1253 (Greek)',
  'iso-8859-7': 'ISO-8859-7 (Greek)',
  'windows-1254': 'Windows-1254 / ISO-8859-9 (Turkish)',
  'windows-1255': 'Windows-1255 (Hebrew)',
  'iso-8859-8': 'ISO-8859-8 (Hebrew)',
  'windows-1256': 'Windows-1256 (Arabic)',
  shift_jis: 'Shift-JIS (Japanese)',
  'euc-jp': 'EUC-JP (Japanese)',
  gb18030: 'GB18030 (Simplified Chinese)',
  big5: 'Big5 (Traditional Chinese)',
  'euc-kr': 'EUC-KR (Korean)',
} as const;

export type CsvEncoding = keyof typeof csvEncodingLabels;

export const csvEncodings = Object.keys(csvEncodingLabels) as [CsvEncoding, ...CsvEncoding[]];
