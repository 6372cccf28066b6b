import { useEffect, useId } from 'react';
import { useAppStatus } from '../../app/app-status-store';

/** Version, where the data lives and whether the engine is up: what support asks first. */
export function AboutSection() {
  const titleId = useId();
  const { info, infoError, loadInfo } = useAppStatus();
  const error = infoError?.message ?? null;
  useEffect(() => {
    void loadInfo();
  }, [loadInfo]);
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
