import { lazy, Suspense, useEffect, useRef, type RefObject } from 'react';
import { assertNever } from '../../shared/assert-never';
import { CampaignsPage } from '../features/campaigns/campaigns-page';
import './page-styles';
import { Toasts } from '../ui/toasts';
import { useAppStatus } from './app-status-store';
import { DiskBanner } from './disk-banner';
import { EngineBanner } from './engine-banner';
import { LeaveDialog } from './leave-dialog';
import { useNavigation, type Page } from './navigation-store';
import { RecoveryScreen } from './recovery-screen';
import { SettingsNoticeBanner } from './settings-notice';
import { SideNav } from './side-nav';

// Loaded when first opened: the app starts on Campaigns, and the rest of the bundle is not parsed
// before that page's first paint (bench/startup-group.ts). Their CSS is not: see page-styles.ts.
const ContactsPage = lazy(async () => ({
  default: (await import('../features/contacts/contacts-page')).ContactsPage,
}));
const StreamsPage = lazy(async () => ({
  default: (await import('../features/streams/streams-page')).StreamsPage,
}));
const SettingsPage = lazy(async () => ({
  default: (await import('../features/settings/settings-page')).SettingsPage,
}));

function PageFor({ page }: { page: Page }) {
  switch (page) {
    case 'campaigns':
      return <CampaignsPage />;
    case 'contacts':
      return <ContactsPage />;
    case 'streams':
      return <StreamsPage />;
    case 'settings':
      return <SettingsPage />;
    default:
      return assertNever(page);
  }
}

export function App() {
  const failure = useAppStatus((s) => s.failure);
  const loadHealth = useAppStatus((s) => s.loadHealth);
  useEffect(() => {
    void loadHealth();
  }, [loadHealth]);
  // The engine cannot open the data: nothing else could work, so only recovery is offered.
  if (failure) return <RecoveryScreen failure={failure} />;
  return <AppFrame />;
}

function AppFrame() {
  const page = useNavigation((s) => s.page);
  const mainRef = useRef<HTMLElement>(null);
  return (
    <div className="app-frame">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SideNav />
      <main id="main" ref={mainRef} className="app-main">
        <EngineBanner />
        <DiskBanner />
        <SettingsNoticeBanner />
        <Suspense fallback={null}>
          <PageFor page={page} />
          <FocusHeading page={page} main={mainRef} />
        </Suspense>
      </main>
      <LeaveDialog />
      <Toasts />
    </div>
  );
}

/**
 * Moves focus to the page heading on navigation so keyboard and screen-reader users land there;
 * not on first load, where focus should start at the top (skip link, then navigation). Inside
 * the page's Suspense boundary, so it runs once a page loaded on demand is on screen.
 */
function FocusHeading({ page, main }: { page: Page; main: RefObject<HTMLElement | null> }) {
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [page, main]);
  return null;
}
