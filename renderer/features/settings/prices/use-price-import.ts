import { useState } from 'react';
import type { ChosenFile } from '../../../../shared/contract/files-contract';
import type { Result } from '../../../../shared/contract/result';
import type { PriceCsvResult } from '../../../../shared/pricing/price-csv-result';
import { peaksend } from '../../../peaksend-api';
import { useToasts } from '../../../ui/toast-store';
import { droppedFile, pickFile } from '../../../lib/pick-file';

export interface PricePreview {
  readonly fileName: string;
  readonly result: PriceCsvResult;
}

/**
 * Picking or dropping a price CSV: main reads it and says what it found; nothing is saved until
 * the user confirms the preview.
 */
export function usePriceImport() {
  const toast = useToasts((s) => s.show);
  const [reading, setReading] = useState(false);
  const [preview, setPreview] = useState<PricePreview | null>(null);

  const read = async (pick: () => Promise<Result<ChosenFile | null>>) => {
    if (reading) return;
    setReading(true);
    try {
      const chosen = await pick();
      if (!chosen.ok) {
        toast('error', chosen.error.message);
        return;
      }
      if (chosen.value === null) return;
      const result = await peaksend().settings.readPriceFile({ fileId: chosen.value.fileId });
      if (!result.ok) toast('error', result.error.message);
      else setPreview({ fileName: chosen.value.name, result: result.value });
    } finally {
      setReading(false);
    }
  };

  return {
    reading,
    preview,
    choose: () => void read(pickFile('Import a price list')),
    drop: (file: File) => void read(droppedFile(file)),
    close: () => setPreview(null),
  };
}
