import { pageLabels, pages, useNavigation } from './navigation-store';

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
                go(p);
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
