import { useCampaignRoute } from '../features/campaigns/campaign-route-store';
import { pageLabels, pages, useNavigation } from './navigation-store';

/**
 * The sidebar's links name whole pages: "Campaigns" shows the campaign list, not the campaign
 * that was open last (the editor saves what is waiting when it closes).
 */
const showList = () => useCampaignRoute.getState().open({ kind: 'list' });

export function SideNav() {
  const { page, go } = useNavigation();
  return (
    <nav className="side-nav" aria-label="Main">
      <div className="brand" aria-hidden="true">
        Peaksend
      </div>
      <ul>
        {pages.map((p) => (
          <li key={p}>
            <a
              href={`#${p}`}
              aria-current={p === page ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                go(p, p === 'campaigns' ? showList : undefined);
              }}
            >
              {pageLabels[p]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
