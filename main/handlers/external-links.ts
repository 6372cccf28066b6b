import { AppFailure } from '../../shared/contract/result';

/** Hosts the app may open in the system browser (help pages, CommPeak's portal). */
const allowedHosts = new Set([
  'commpeak.com',
  'www.commpeak.com',
  'docs.commpeak.com',
  'helpcenter.commpeak.com',
  'portal.commpeak.com',
  'streams.api-docs.commpeak.com',
]);

/**
 * Parses before deciding: a prefix check can be fooled by `https://commpeak.com.evil.example`.
 * Returns the normalised URL to open, or throws a user-facing failure.
 */
export function checkExternalUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AppFailure('INVALID_INPUT', 'That link is not a valid address.');
  }
  if (url.protocol !== 'https:') {
    throw new AppFailure('INVALID_INPUT', 'Only https links can be opened.');
  }
  if (url.username || url.password || !allowedHosts.has(url.hostname)) {
    throw new AppFailure('INVALID_INPUT', `Peaksend does not open links to ${url.hostname}.`);
  }
  return url.toString();
}
