import type { PreflightReport } from '../../../../../shared/campaigns/campaign-types';

/** Compliance findings in plain words: errors block sending, warnings need a yes. */
export function ComplianceList({ issues }: { issues: PreflightReport['compliance'] }) {
  if (issues.length === 0) {
    return <p className="ok-text">No compliance problems found.</p>;
  }
  return (
    <ul className="compliance-list" aria-label="Compliance findings">
      {issues.map((issue) => (
        <li key={`${issue.rule}-${issue.message}`} className={`issue issue-${issue.severity}`}>
          <span className={`badge ${issue.severity === 'error' ? 'badge-error' : 'badge-warning'}`}>
            {issue.severity === 'error' ? 'Must fix' : 'Warning'}
          </span>
          <span>{issue.message}</span>
        </li>
      ))}
    </ul>
  );
}
