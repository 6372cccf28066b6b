/**
 * Merge-field names for CSV columns: snake_case, unique, never empty.
 *
 * The template syntax accepts letters, digits and underscores (any script), so Latin accents are
 * folded (`Prénom` → `prenom`) and everything else that is not a letter or digit becomes "_".
 * Empty headers become `column_<n>` (1-based); repeats get `_2`, `_3`… like `first_name_2`.
 */
export function normalizeFieldNames(headers: readonly string[]): string[] {
  const used = new Set<string>();
  return headers.map((header, index) => {
    const base = toSnakeCase(header) || `column_${index + 1}`;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
    used.add(name);
    return name;
  });
}

export function toSnakeCase(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1_$2')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/** Names for a file without a header row. */
export function positionalFieldNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `column_${i + 1}`);
}
