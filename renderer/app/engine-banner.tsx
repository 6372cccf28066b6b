import { useAppStatus } from './app-status-store';

/** Tells the user when the engine is restarting, so failed actions make sense. */
export function EngineBanner() {
  const down = useAppStatus((s) => s.engineDown);
  if (!down) return null;
  return (
    <div role="alert" className="banner banner-warning">
      The Peaksend engine stopped ({down}) and is restarting. Your data is safe; try again in a
      moment.
    </div>
  );
}
