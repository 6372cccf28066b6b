import type { PreflightReport } from '../../../../../shared/campaigns/campaign-types';
import { useNavigation } from '../../../../app/navigation-store';

/** Compliance findings in plain words: errors block sending, warnings need a yes. */
export function ComplianceList({ issues }: { issues: PreflightReport['compliance'] }) {
  const go = useNavigation((s) => s.go);
  if (issues.length === 0) {
    return <p className="ok-text">No compliance problems found.</p>;
  }
  // Findings about the recipients' countries come from rules the user can check and change.
  const bySenderRules = issues.some((issue) => issue.rule === 'sender_country');
  return (
    <>
      <ul className="compliance-list" aria-label="Compliance findings">
        {issues.map((issue) => (
          <li key={`${issue.rule}-${issue.message}`} className={`issue issue-${issue.severity}`}>
            <span
              className={`badge ${issue.severity === 'error' ? 'badge-error' : 'badge-warning'}`}
            >
              {issue.severity === 'error' ? 'Must fix' : 'Warning'}
            </span>
            <span>{issue.message}</span>
          </li>
        ))}
      </ul>
      {bySenderRules ? (
        <button type="button" className="link-button" onClick={() => go('settings')}>
          See the sender rules in Settings
        </button>
      ) : null}
    </>
  );
}
