import type { ChosenFile } from '../../shared/contract/files-contract';
import type { Result } from '../../shared/contract/result';
import { peaksend } from '../peaksend-api';

/** How a flow gets its file; stores call it, so the file dialog opens inside their action. */
export type FilePick = () => Promise<Result<ChosenFile | null>>;

/** The native "open" dialog (null when the user cancels). */
export function pickFile(title: string): FilePick {
  return () => peaksend().files.choose({ title });
}

/** A file dropped on the window, registered with main. */
export function droppedFile(file: File): FilePick {
  return () => peaksend().files.fromDrop(file);
}
