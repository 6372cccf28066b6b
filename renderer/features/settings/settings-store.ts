import { create } from 'zustand';
import type { AppSettings } from '../../../shared/contract/settings-contract';
import type { AppError, Result } from '../../../shared/contract/result';
import type { PriceTable } from '../../../shared/pricing/price-table';
import type { QuietHoursPolicy } from '../../../shared/schedule/quiet-hours-policy';
import { peaksend } from '../../peaksend-api';

interface SettingsState {
  /** What the engine has saved; null until the first load answers. */
  readonly settings: AppSettings | null;
  readonly error: AppError | null;
  /**
   * Bumped whenever the saved price table or quiet hours change, so each editor can start a
   * fresh draft from the saved value (used as a React key).
   */
  readonly priceRevision: number;
  readonly quietRevision: number;
  load(): Promise<void>;
  savePriceTable(entries: PriceTable): Promise<Result<AppSettings>>;
  saveQuietHours(policy: QuietHoursPolicy): Promise<Result<AppSettings>>;
  setNetwork(useNodeFetch: boolean): Promise<Result<AppSettings>>;
  setTokenConfirmation(confirmTokenAccess: boolean): Promise<Result<AppSettings>>;
  setDefaultCountry(country: string | null): Promise<Result<AppSettings>>;
}

/** The Settings page's saved values; drafts stay in each section until they are saved. */
export const useSettings = create<SettingsState>((set, get) => ({
  settings: null,
  error: null,
  priceRevision: 0,
  quietRevision: 0,
  load: async () => {
    const result = await peaksend().settings.get();
    if (result.ok) {
      const { priceRevision, quietRevision } = get();
      set({
        settings: result.value,
        error: null,
        priceRevision: priceRevision + 1,
        quietRevision: quietRevision + 1,
      });
    } else {
      set({ error: result.error });
    }
  },
  savePriceTable: async (entries) => {
    const result = await peaksend().settings.setPriceTable({ entries });
    if (result.ok) set({ settings: result.value, priceRevision: get().priceRevision + 1 });
    return result;
  },
  saveQuietHours: async (policy) => {
    const result = await peaksend().settings.setQuietHours({ policy });
    if (result.ok) set({ settings: result.value, quietRevision: get().quietRevision + 1 });
    return result;
  },
  setNetwork: async (useNodeFetch) => {
    const result = await peaksend().settings.setNetwork({ useNodeFetch });
    if (result.ok) set({ settings: result.value });
    return result;
  },
  setTokenConfirmation: async (confirmTokenAccess) => {
    const result = await peaksend().settings.setTokenConfirmation({ confirmTokenAccess });
    if (result.ok) set({ settings: result.value });
    return result;
  },
  setDefaultCountry: async (country) => {
    const result = await peaksend().settings.setDefaultCountry({ country });
    if (result.ok) set({ settings: result.value });
    return result;
  },
}));
