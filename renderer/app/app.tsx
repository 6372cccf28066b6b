import { useEffect, useRef } from 'react';
import { assertNever } from '../../shared/assert-never';
import { CampaignsPage } from '../features/campaigns/campaigns-page';
import { ContactsPage } from '../features/contacts/contacts-page';
import { SettingsPage } from '../features/settings/settings-page';
import { StreamsPage } from '../features/streams/streams-page';
import { Toasts } from '../ui/toasts';
import { useAppStatus } from './app-status-store';
import { DiskBanner } from './disk-banner';
import { EngineBanner } from './engine-banner';
import { LeaveDialog } from './leave-dialog';
import { useNavigation, type Page } from './navigation-store';
import { RecoveryScreen } from './recovery-screen';
import { SettingsNoticeBanner } from './settings-notice';
import { SideNav } from './side-nav';

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
  const firstRender = useRef(true);
  // Move focus to the page heading on navigation so keyboard and screen-reader users land there;
  // not on first load, where focus should start at the top (skip link, then navigation).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [page]);
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
        <PageFor page={page} />
      </main>
      <LeaveDialog />
      <Toasts />
    </div>
  );
}
