/**
 * Why these messages' outcome is unknown, in words that fit the rows listed: "the connection
 * failed" is only true of timeouts and broken connections, not of a server error CommPeak sent.
 */
const causes: readonly { codes: readonly string[]; text: string }[] = [
  {
    codes: ['timeout', 'aborted', 'reset', 'network'],
    text: 'the connection failed after the requests were sent',
  },
  { codes: ['http_5xx'], text: 'CommPeak answered with a server error' },
  {
    codes: ['malformed_reply', 'missing_entry'],
    text: 'CommPeak’s reply could not be read or did not mention them',
  },
  { codes: ['interrupted'], text: 'Peaksend stopped while they were being sent' },
];

export function uncertainWhy(codes: readonly (string | null)[]): string {
  const found = causes.filter((c) => codes.some((code) => code && c.codes.includes(code)));
  const reasons = found.length > 0 ? found.map((c) => c.text) : ['no clear answer came back'];
  const list =
    reasons.length === 1
      ? reasons[0]
      : `${reasons.slice(0, -1).join(', ')} or ${reasons[reasons.length - 1]}`;
  return `For these requests ${list}, so Peaksend cannot tell whether CommPeak accepted them. They are not sent again unless you say so.`;
}
