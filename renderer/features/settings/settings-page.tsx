import { useEffect } from 'react';
import { LoadError } from '../../ui/load-error';
import { PageHeader } from '../../ui/page-header';
import { AboutSection } from './about-section';
import { CountrySection } from './country-section';
import { NetworkSection } from './network-section';
import { PriceSection } from './prices/price-section';
import { QuietHoursSection } from './quiet-hours/quiet-hours-section';
import { SecuritySection } from './security-section';
import { useSettings } from './settings-store';
import './settings.css';
import './prices/prices.css';
import './quiet-hours/quiet-hours.css';

export function SettingsPage() {
  const { settings, error, load, priceRevision, quietRevision } = useSettings();
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <>
      <PageHeader title="Settings" />
      <div className="settings-sections">
        {error ? (
          <LoadError
            what="The settings could not be loaded"
            message={error.message}
            onRetry={() => void load()}
          />
        ) : null}
        {settings ? (
          <>
            <PriceSection saved={settings.priceTable} revision={priceRevision} />
            <QuietHoursSection saved={settings.quietHours} revision={quietRevision} />
            <CountrySection countries={settings.countries} />
            <NetworkSection useNodeFetch={settings.useNodeFetch} />
            <SecuritySection confirmTokenAccess={settings.confirmTokenAccess} />
          </>
        ) : error ? null : (
          <p className="muted" role="status">
            Loading settings…
          </p>
        )}
        <AboutSection />
      </div>
    </>
  );
}
