import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/contract/app-info-contract';
import { PageHeader } from '../../ui/page-header';
import { peaksend } from '../../peaksend-api';

export function SettingsPage() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void peaksend()
      .app.info()
      .then((r) => (r.ok ? setInfo(r.value) : setError(r.error.message)));
  }, []);
  return (
    <>
      <PageHeader title="Settings" />
      {error ? (
        <div role="alert" className="banner banner-error">
          {error}
        </div>
      ) : null}
      <section className="card" aria-label="About this installation">
        <h2>About</h2>
        {info ? (
          <dl className="facts">
            <dt>Version</dt>
            <dd>{info.version}</dd>
            <dt>Running as</dt>
            <dd>{info.host === 'electron' ? 'Desktop app' : 'Browser preview (development)'}</dd>
            <dt>Data folder</dt>
            <dd>{info.dataDir}</dd>
            <dt>Engine</dt>
            <dd>{info.engine === 'up' ? 'Running' : 'Restarting'}</dd>
          </dl>
        ) : (
          <p>Loading…</p>
        )}
      </section>
    </>
  );
}
