import { assertNever } from '../../../../shared/assert-never';
import type { SuppressionView } from '../../../../shared/contacts/contact-types';

export function sourceLabel(source: SuppressionView['source']): string {
  switch (source) {
    case 'manual':
      return 'Added by hand';
    case 'import':
      return 'Imported';
    case 'reply':
      return 'Replied STOP';
    case 'api':
      return 'Reported by CommPeak';
    default:
      return assertNever(source);
  }
}
