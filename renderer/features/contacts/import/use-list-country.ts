import type { ListCountryChange } from '../../../../shared/contacts/import-types';
import type { Result } from '../../../../shared/contract/result';
import { useAnswer, type Answer } from '../../../lib/use-answer';
import { peaksend } from '../../../peaksend-api';
import { useContactLists } from '../contact-lists-store';

/**
 * What changing a list's default country to `country` would do (asked again as the choice
 * changes; `undefined` asks nothing), and the change itself, after which the lists are re-read.
 */
export function useListCountry(
  listId: number,
  country: string | null | undefined,
): {
  preview: Answer<ListCountryChange>;
  apply(): Promise<Result<ListCountryChange>>;
} {
  const preview = useAnswer(
    country === undefined ? null : `${listId}:${country ?? ''}`,
    () =>
      peaksend().contacts.setListCountry({ id: listId, country: country ?? null, apply: false }),
    { keepPrevious: true },
  );
  const apply = async () => {
    const result = await peaksend().contacts.setListCountry({
      id: listId,
      country: country ?? null,
      apply: true,
    });
    if (result.ok) await useContactLists.getState().load();
    return result;
  };
  return { preview, apply };
}
