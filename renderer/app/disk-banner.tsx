import { formatCount } from '../lib/format';
import { useAppStatus } from './app-status-store';

/** Clean-up the engine could not commit is waiting for disk space (it finishes it by itself). */
export function DiskBanner() {
  const disk = useAppStatus((s) => s.disk);
  if (!disk || disk.state === 'ok') return null;
  const free = disk.freeMb === null ? '' : ` (${formatCount(disk.freeMb)} MB free)`;
  const what =
    disk.kind === 'diskFull'
      ? `The disk holding Peaksend's data is full${free}.`
      : disk.kind === 'readOnly'
        ? "Peaksend's data folder cannot be written to."
        : "The disk holding Peaksend's data reports errors.";
  return (
    <div role="alert" className="banner banner-warning" aria-label="Disk problem">
      <p>
        <strong>{what}</strong> Some clean-up is waiting: {disk.waiting.join('; ')}. Free some
        space; Peaksend finishes it by itself and this message goes away.
      </p>
    </div>
  );
}
