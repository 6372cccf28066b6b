import { Icon, type IconName } from './icon';

export interface IconButtonProps {
  readonly icon: IconName;
  /** The accessible name: "Remove +4915…", never just "Remove". */
  readonly label: string;
  /** The tooltip for pointer users. */
  readonly title?: string;
  readonly className?: string;
  onClick(): void;
}

/** A button that shows only an icon; its name comes from `label`. */
export function IconButton({ icon, label, title, className, onClick }: IconButtonProps) {
  return (
    <button
      type="button"
      className={className ? `icon-button ${className}` : 'icon-button'}
      aria-label={label}
      title={title}
      onClick={onClick}
    >
      <Icon name={icon} />
    </button>
  );
}
