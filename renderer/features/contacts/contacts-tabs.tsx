import { useRef, type KeyboardEvent } from 'react';
import type { ContactsTab } from './contacts-view-store';

const tabs: readonly { id: ContactsTab; label: string }[] = [
  { id: 'lists', label: 'Lists' },
  { id: 'opt-outs', label: 'Opt-outs' },
];

export const tabId = (tab: ContactsTab) => `contacts-tab-${tab}`;
export const panelId = (tab: ContactsTab) => `contacts-panel-${tab}`;

/** Lists | Opt-outs, with arrow keys moving between the tabs (WAI-ARIA tabs pattern). */
export function ContactsTabs({
  current,
  onChange,
}: {
  current: ContactsTab;
  onChange(tab: ContactsTab): void;
}) {
  const refs = useRef<Partial<Record<ContactsTab, HTMLButtonElement | null>>>({});
  const onKeyDown = (e: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === current);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const next =
      e.key === 'Home'
        ? tabs[0]
        : e.key === 'End'
          ? tabs[tabs.length - 1]
          : step
            ? tabs[(at + step + tabs.length) % tabs.length]
            : undefined;
    if (!next) return;
    e.preventDefault();
    onChange(next.id);
    refs.current[next.id]?.focus();
  };
  return (
    <div role="tablist" aria-label="Contacts" className="contacts-tabs" onKeyDown={onKeyDown}>
      {tabs.map((t) => (
        <button
          key={t.id}
          ref={(el) => {
            refs.current[t.id] = el;
          }}
          type="button"
          role="tab"
          id={tabId(t.id)}
          aria-selected={t.id === current}
          aria-controls={panelId(t.id)}
          tabIndex={t.id === current ? 0 : -1}
          onClick={() => onChange(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
