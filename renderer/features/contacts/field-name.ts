/**
 * A merge-field name as the engine stores it: snake_case letters and digits (any script), Latin
 * accents folded. Mirrors main/engine/import/field-names.ts so the mapping step shows the exact
 * `{name}` the template will use; the engine normalises again, so a drift only shows a wrong hint.
 */
export function toFieldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1_$2')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}
