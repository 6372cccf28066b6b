import type { TemplateError } from '../../../../../shared/template/parse-template';
import { lineAndColumn } from './template-highlight';

/** The template's errors with where they are; choosing one selects it in the editor. */
export function TemplateProblems({
  id,
  text,
  errors,
  onSelect,
}: {
  id: string;
  text: string;
  errors: readonly TemplateError[];
  onSelect(error: TemplateError): void;
}) {
  if (errors.length === 0) return null;
  return (
    <div id={id} className="template-problems" role="alert">
      <p className="field-error">
        <span aria-hidden="true">⚠ </span>
        {errors.length === 1 ? 'One problem' : `${errors.length} problems`} in the message:
      </p>
      <ul>
        {errors.map((e) => {
          const at = lineAndColumn(text, e.index);
          return (
            <li key={`${e.index}-${e.message}`}>
              <button type="button" className="link-button" onClick={() => onSelect(e)}>
                Line {at.line}, column {at.column}
              </button>
              : {e.message}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
