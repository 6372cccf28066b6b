import { useState } from 'react';
import { useAppStatus } from './app-status-store';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** config.json could not be read: which file was kept, and the last good copy if there is one. */
export function SettingsNoticeBanner() {
  const { settingsNotice: notice, restoreSettings, dismissSettingsNotice } = useAppStatus();
  const [error, setError] = useState<string | null>(null);
  if (!notice) return null;
  return (
    <div role="alert" className="banner banner-warning" aria-label="Settings file damaged">
      <p>
        <strong>Peaksend's settings file could not be read.</strong> It was kept as{' '}
        <code>{notice.keptAs}</code> in the data folder, and Peaksend started with default settings
        (your streams from that file are not shown).
        {notice.lastGoodAt
          ? ` A good copy from ${when.format(new Date(notice.lastGoodAt))} can be put back.`
          : ''}
      </p>
      {error ? <p>{error}</p> : null}
      <div>
        {notice.lastGoodAt ? (
          <button
            type="button"
            className="primary"
            onClick={() =>
              void restoreSettings().then((failed) => setError(failed ? failed.message : null))
            }
          >
            Use the last good copy
          </button>
        ) : null}{' '}
        <button type="button" onClick={() => void dismissSettingsNotice()}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
