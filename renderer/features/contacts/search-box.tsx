/** The search field above a contacts table; the label is for screen readers, the hint shows. */
export function SearchBox({
  label,
  placeholder,
  value,
  maxLength,
  onChange,
}: {
  label: string;
  placeholder: string;
  value: string;
  maxLength: number;
  onChange(value: string): void;
}) {
  return (
    <input
      type="search"
      className="contacts-search"
      aria-label={label}
      placeholder={placeholder}
      value={value}
      maxLength={maxLength}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
