import { assertNever } from '../assert-never';
import type { StreamType } from '../streams/stream-types';
import { validateSenderId } from '../validation/sender-id';
import { findOptOutInstruction } from './opt-out-keywords';
import type { SenderRuleFinding } from './sender-rules';
import { findUrlShorteners } from './url-shorteners';

export type ComplianceRule =
  | 'empty_template'
  | 'opt_out_missing'
  | 'url_shortener'
  | 'sender_id'
  /** The sender against the rules of the recipients' countries (sender-rules.ts). */
  | 'sender_country'
  | 'too_many_parts'
  | 'quiet_hours'
  | 'empty_merge_values';

export type ComplianceSeverity = 'error' | 'warning';

export interface ComplianceIssue {
  rule: ComplianceRule;
  /** 'error': fix before sending. 'warning': the user may send after reading it. */
  severity: ComplianceSeverity;
  message: string;
}

export interface ComplianceInput {
  template: string;
  /** A rendered message (e.g. the longest one); checked together with the template. */
  renderedSample?: string;
  streamType: StreamType;
  sender: string;
  /** The most parts any rendered message has (from the pre-flight). */
  maxParts: number;
  schedule?: { inQuietHours: boolean };
  /** From the pre-flight: fields that rendered nothing (no fallback) for some rows. */
  emptyFieldsWithoutFallback?: readonly { field: string; rows: number }[];
  /** From the pre-flight: `checkSenderRules` for the audience's countries. */
  senderRules?: readonly SenderRuleFinding[];
}

/** Many carriers drop or cut messages beyond 6 parts; many stacks refuse beyond 10. */
export const WARN_ABOVE_PARTS = 6;
export const REFUSE_ABOVE_PARTS = 10;

/** Pre-send checks, errors first. */
export function checkCompliance(input: ComplianceInput): ComplianceIssue[] {
  const issues: ComplianceIssue[] = [];
  const add = (rule: ComplianceRule, severity: ComplianceSeverity, message: string): void => {
    issues.push({ rule, severity, message });
  };

  const senderProblem = validateSenderId(input.sender);
  if (senderProblem !== null) add('sender_id', 'error', senderProblem);
  for (const finding of input.senderRules ?? []) {
    add('sender_country', finding.severity, finding.message);
  }

  if (input.template.trim() === '') {
    add('empty_template', 'error', 'The message is empty: write the text to send.');
    return sortIssues(issues);
  }

  const text = input.renderedSample ? `${input.template}\n${input.renderedSample}` : input.template;

  if (input.streamType === 'marketing' && findOptOutInstruction(text) === null) {
    add(
      'opt_out_missing',
      'error',
      'Marketing messages must tell people how to stop them. Add an opt-out line such as "Reply STOP to opt out".',
    );
  }

  const shorteners = findUrlShorteners(text);
  if (shorteners.length > 0) {
    add(
      'url_shortener',
      'warning',
      `Carriers often block messages with public link shorteners (${shorteners.join(', ')}). Use the full link or your own branded domain.`,
    );
  }

  if (input.maxParts > REFUSE_ABOVE_PARTS) {
    add(
      'too_many_parts',
      'error',
      `The longest message is ${input.maxParts} parts. Many networks refuse messages over ${REFUSE_ABOVE_PARTS} parts; shorten it.`,
    );
  } else if (input.maxParts > WARN_ABOVE_PARTS) {
    add(
      'too_many_parts',
      'warning',
      `The longest message is ${input.maxParts} parts. Many carriers drop or cut messages over ${WARN_ABOVE_PARTS} parts, and every part is billed.`,
    );
  }

  const quietSeverity = input.schedule?.inQuietHours ? quietHoursSeverity(input.streamType) : null;
  if (quietSeverity !== null) {
    add(
      'quiet_hours',
      quietSeverity,
      'The send time falls inside quiet hours. Messages at night annoy people, and marketing at night is against the law in places such as the US and France. Pick a daytime slot.',
    );
  }

  for (const { field, rows } of input.emptyFieldsWithoutFallback ?? []) {
    if (rows <= 0) continue;
    const who = rows === 1 ? '1 recipient has' : `${rows} recipients have`;
    add(
      'empty_merge_values',
      'warning',
      `${who} no value for {${field}}, so it will be left blank. Add a fallback like {${field}|there}.`,
    );
  }

  return sortIssues(issues);
}

/** OTP and transactional messages are expected at any hour; the rest should wait for day. */
function quietHoursSeverity(streamType: StreamType): ComplianceSeverity | null {
  switch (streamType) {
    case 'marketing':
      return 'error';
    case 'two_way':
      return 'warning';
    case 'transactional':
    case 'otp':
      return null;
    default:
      return assertNever(streamType, 'Unexpected stream type');
  }
}

function sortIssues(issues: ComplianceIssue[]): ComplianceIssue[] {
  const rank = (issue: ComplianceIssue): number => (issue.severity === 'error' ? 0 : 1);
  return issues.sort((a, b) => rank(a) - rank(b));
}
