import { useEffect, useId, useState } from 'react';
import type { AppInfo } from '../../../shared/contract/app-info-contract';
import { peaksend } from '../../peaksend-api';

/** Version, where the data lives and whether the engine is up: what support asks first. */
export function AboutSection() {
  const titleId = useId();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void peaksend()
      .app.info()
      .then((r) => (r.ok ? setInfo(r.value) : setError(r.error.message)));
  }, []);
  return (
    <section className="card settings-section" aria-labelledby={titleId}>
      <h2 id={titleId}>About</h2>
      {error ? (
        <div role="alert" className="banner banner-error">
          {error}
        </div>
      ) : null}
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
      ) : error ? null : (
        <p>Loading…</p>
      )}
    </section>
  );
}
