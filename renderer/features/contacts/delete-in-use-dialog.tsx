import type { ReactNode } from 'react';
import type { Result } from '../../../shared/contract/result';
import { plural } from '../../lib/format';
import { useAnswer } from '../../lib/use-answer';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useToasts } from '../../ui/toast-store';

export interface DeleteInUseProps {
  /** What is deleted, in the words of the messages: "list", "segment". */
  readonly noun: string;
  readonly id: number;
  readonly name: string;
  readonly title: string;
  readonly confirmLabel: string;
  /** What deleting does to the contacts. */
  readonly consequence: ReactNode;
  /** What deleting does to the campaigns that use it. */
  readonly campaignsNote: string;
  usage(id: number): Promise<Result<{ campaigns: string[] }>>;
  remove(id: number): Promise<Result<unknown>>;
  onClose(): void;
}

/**
 * Asks before deleting a list or a segment, naming the campaigns that use it. A failed look-up
 * of those campaigns must not block deleting, so it reads as "no campaign".
 */
export function DeleteInUseDialog(p: DeleteInUseProps) {
  const toast = useToasts((s) => s.show);
  const answer = useAnswer(String(p.id), () => p.usage(p.id));
  const campaigns =
    answer.state === 'loading' ? null : answer.state === 'ok' ? answer.value.campaigns : [];

  const confirm = async () => {
    const result = await p.remove(p.id);
    if (!result.ok) {
      toast('error', result.error.message);
      return false;
    }
    toast('success', `Deleted the ${p.noun} “${p.name}”.`);
    p.onClose();
    return true;
  };

  return (
    <ConfirmDialog
      title={p.title}
      confirmLabel={p.confirmLabel}
      danger
      onConfirm={confirm}
      onClose={p.onClose}
    >
      {p.consequence}
      {campaigns === null ? (
        <p className="muted">Checking which campaigns use this {p.noun}…</p>
      ) : campaigns.length === 0 ? (
        <p>No campaign uses this {p.noun}.</p>
      ) : (
        <div className="contacts-usage">
          <p>
            Used by {plural(campaigns.length, 'campaign')}. {p.campaignsNote}
          </p>
          <ul aria-label={`Campaigns using this ${p.noun}`}>
            {campaigns.map((name) => (
              <li key={name} dir="auto">
                {name}
              </li>
            ))}
          </ul>
        </div>
      )}
    </ConfirmDialog>
  );
}
