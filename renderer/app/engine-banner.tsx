import { useEffect, useState } from 'react';
import { peaksend } from '../peaksend-api';

/** Tells the user when the engine is restarting, so failed actions make sense. */
export function EngineBanner() {
  const [down, setDown] = useState<string | null>(null);
  useEffect(
    () =>
      peaksend().app.onEngineStatus((s) => {
        setDown(s.state === 'up' ? null : (s.reason ?? 'restarting'));
      }),
    [],
  );
  if (!down) return null;
  return (
    <div role="alert" className="banner banner-warning">
      The Peaksend engine stopped ({down}) and is restarting. Your data is safe; try again in a
      moment.
    </div>
  );
}
