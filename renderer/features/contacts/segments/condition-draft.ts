import { assertNever } from '../../../../shared/assert-never';
import type { SegmentCondition, SegmentOperator } from '../../../../shared/contacts/segment-types';

/** A condition as the form holds it: "is one of" values typed as one comma-separated text. */
export interface ConditionDraft {
  readonly field: string;
  readonly op: SegmentOperator;
  readonly value: string;
}

export const operatorLabels: Readonly<Record<SegmentOperator, string>> = {
  equals: 'is',
  isOneOf: 'is one of',
  contains: 'contains',
  isEmpty: 'is empty',
  isNotEmpty: 'is not empty',
};

export function needsValue(op: SegmentOperator): boolean {
  return op !== 'isEmpty' && op !== 'isNotEmpty';
}

export function toCondition(draft: ConditionDraft): SegmentCondition {
  const { field, op, value } = draft;
  switch (op) {
    case 'equals':
    case 'contains':
      return { op, field, value };
    case 'isOneOf':
      return {
        op,
        field,
        values: value
          .split(',')
          .map((v) => v.trim())
          .filter((v) => v !== ''),
      };
    case 'isEmpty':
    case 'isNotEmpty':
      return { op, field };
    default:
      return assertNever(op);
  }
}

export function toDraft(condition: SegmentCondition): ConditionDraft {
  switch (condition.op) {
    case 'equals':
    case 'contains':
      return { field: condition.field, op: condition.op, value: condition.value };
    case 'isOneOf':
      return { field: condition.field, op: condition.op, value: condition.values.join(', ') };
    case 'isEmpty':
    case 'isNotEmpty':
      return { field: condition.field, op: condition.op, value: '' };
    default:
      return assertNever(condition);
  }
}

/** "segment is gold", "city is one of Berlin, Köln", "email is empty". */
export function describeCondition(condition: SegmentCondition): string {
  const { field } = condition;
  switch (condition.op) {
    case 'equals':
      return `${field} is “${condition.value}”`;
    case 'contains':
      return `${field} contains “${condition.value}”`;
    case 'isOneOf':
      return `${field} is one of ${condition.values.map((v) => `“${v}”`).join(', ')}`;
    case 'isEmpty':
    case 'isNotEmpty':
      return `${field} ${operatorLabels[condition.op]}`;
    default:
      return assertNever(condition);
  }
}
