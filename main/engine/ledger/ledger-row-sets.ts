import {
  failedStates,
  notYetSentStates,
  type LedgerState,
} from '../../../shared/campaigns/ledger-state';
import { countDeltaSql, stateChange } from './campaign-counts';
import { stateIn, stateIs, stateLiteral } from './ledger-row';

// An optional list of seqs travels as one JSON array (NULL = every row), so each statement is
// prepared once whatever the list's length.
const SEQS = `(:seqs IS NULL OR seq IN (SELECT value FROM json_each(:seqs)))`;

// A campaign's rows in some states, for an UPDATE that changes `state`: SQLite plans
// `WHERE campaign_id = ? AND state = …` there as a scan of the campaign's rows (20k rows: 2 ms,
// for each campaign at every start), while the subquery finds them in `ledger_state`.
const ofCampaignIn = (id: string, states: string) =>
  `campaign_id = ${id} AND seq IN (SELECT seq FROM ledger WHERE campaign_id = ${id} AND ${states})`;

/**
 * The rows each UPDATE of ledger-store.ts that is not a batch's changes (its WHERE), the
 * parameter that holds the campaign, and the state the rows get.
 */
const CHANGES = {
  skip: { where: 'campaign_id = ?3 AND seq = ?4', campaign: '?3', to: 'skipped' },
  skipOpen: { where: ofCampaignIn('?1', stateIn(notYetSentStates)), campaign: '?1', to: 'skipped' },
  resendUncertain: {
    where: `${ofCampaignIn(':id', stateIs('uncertain'))} AND ${SEQS}`,
    campaign: ':id',
    to: 'pending',
  },
  markUncertainSent: {
    where: `${ofCampaignIn(':id', stateIs('uncertain'))} AND ${SEQS}`,
    campaign: ':id',
    to: 'accepted',
  },
  retryFailed: { where: ofCampaignIn('?1', stateIn(failedStates)), campaign: '?1', to: 'pending' },
  interrupted: {
    where: ofCampaignIn('?1', stateIs('submitting')),
    campaign: '?1',
    to: 'uncertain',
  },
} as const satisfies Record<string, { where: string; campaign: string; to: LedgerState }>;

type Change = keyof typeof CHANGES;
const each = <T>(f: (c: (typeof CHANGES)[Change]) => T) =>
  Object.fromEntries(Object.entries(CHANGES).map(([k, c]) => [k, f(c)])) as Record<Change, T>;

export const ROWS_WHERE = each((c) => c.where);

/**
 * Each of those UPDATEs has its counters' delta: the same rows (the same WHERE, the same
 * parameters), selected just before it runs (campaign-counts.ts).
 */
export const COUNT_DELTA_SQL = each((c) =>
  countDeltaSql(stateChange(stateLiteral(c.to), 'ledger AS l', c.where), c.campaign),
);
