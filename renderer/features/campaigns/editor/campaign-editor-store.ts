import type { z } from 'zod';
import { create } from 'zustand';
import { campaignPatchSchema } from '../../../../shared/campaigns/campaign-input';
import type { Campaign, MessagePreview } from '../../../../shared/campaigns/campaign-types';
import type { CampaignStatusEvent } from '../../../../shared/contract/campaigns-contract';
import type { Result } from '../../../../shared/contract/result';
import { latestRequest } from '../../../lib/latest-request';
import { peaksend } from '../../../peaksend-api';

export type CampaignPatch = z.infer<typeof campaignPatchSchema>;
type PatchKey = keyof CampaignPatch;

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'error'; readonly message: string };

interface EditorState {
  readonly id: number | null;
  /** The campaign as the user sees it: the saved row plus edits not yet saved. */
  readonly campaign: Campaign | null;
  readonly loadError: string | null;
  readonly save: SaveState;
  /** Values refused before saving (e.g. an empty name), keyed by patch field. */
  readonly invalid: Partial<Record<PatchKey, string>>;
  /** The variant the Message step shows (its position; 0 = A). */
  readonly activeVariant: number;
  showVariant(index: number): void;
  load(id: number): Promise<void>;
  /** The editor is on screen: loads the campaign and follows its status until the returned close. */
  open(id: number): () => void;
  /** Applies at once on screen; saved ~400 ms after the last edit. */
  edit(patch: CampaignPatch): void;
  /** Saves now; resolves true when nothing is left unsaved. */
  flush(): Promise<boolean>;
  /** Replaces the campaign with a fresher copy from the engine (status changes, sending). */
  replace(campaign: Campaign): void;
  /** `campaigns:status`: the open campaign may have been started, scheduled or paused elsewhere. */
  onStatus(event: CampaignStatusEvent): void;
  /** Sends (or schedules) the saved campaign; call `flush` first. */
  start(): Promise<Result<Campaign>>;
  /** A scheduled campaign back to a ready draft. */
  unschedule(): Promise<Result<Campaign>>;
  /** Recipient `index`'s message with variant `variant`, rendered by the engine from the saved draft. */
  preview(index: number, variant?: number): Promise<Result<MessagePreview | null>>;
}

export const AUTOSAVE_DELAY_MS = 400;

let pending: CampaignPatch = {};
let timer: ReturnType<typeof setTimeout> | null = null;
let inflight: Promise<void> | null = null;
/** One session per campaign opened: an answer for the campaign open before is dropped. */
const sessions = latestRequest();
let isSession = sessions.begin('latest');
let watching = 0;

function clearTimer(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
}

/**
 * `template` is the first variant's text: a patch of either carries both, as the engine keeps
 * them, so the latest edit wins whichever field an older pending edit used.
 */
function withTemplate(campaign: Campaign, patch: CampaignPatch): CampaignPatch {
  const first = patch.variants?.[0];
  if (first) return { ...patch, template: first.template };
  if (patch.template === undefined) return patch;
  const [a, ...others] = campaign.variants;
  return { ...patch, variants: [{ name: a?.name ?? '', template: patch.template }, ...others] };
}

/** Splits a patch into what the contract accepts and per-field reasons for the rest. */
function validate(patch: CampaignPatch): {
  valid: CampaignPatch;
  invalid: Partial<Record<PatchKey, string>>;
} {
  const valid: Record<string, unknown> = {};
  const invalid: Partial<Record<PatchKey, string>> = {};
  for (const key of Object.keys(patch) as PatchKey[]) {
    const parsed = campaignPatchSchema.shape[key].safeParse(patch[key]);
    if (parsed.success) valid[key] = parsed.data;
    else invalid[key] = parsed.error.issues[0]?.message ?? 'This value is not accepted.';
  }
  return { valid: valid as CampaignPatch, invalid };
}

/** The open campaign in the editor, with debounced autosave through campaigns.update. */
export const useCampaignEditor = create<EditorState>((set, get) => ({
  id: null,
  campaign: null,
  loadError: null,
  save: { kind: 'idle' },
  invalid: {},
  activeVariant: 0,

  showVariant: (index) => set({ activeVariant: index }),

  load: async (id) => {
    if (get().id !== id) {
      clearTimer();
      pending = {};
      isSession = sessions.begin('latest');
      set({
        id,
        campaign: null,
        loadError: null,
        save: { kind: 'idle' },
        invalid: {},
        activeVariant: 0,
      });
    }
    const current = isSession;
    const result = await peaksend().campaigns.get({ id });
    if (!current()) return;
    if (result.ok) set({ campaign: { ...result.value, ...pending } as Campaign, loadError: null });
    else set({ loadError: result.error.message });
  },

  edit: (change) => {
    const { campaign } = get();
    if (!campaign) return;
    const patch = withTemplate(campaign, change);
    pending = { ...pending, ...patch };
    set({ campaign: { ...campaign, ...patch } as Campaign, save: { kind: 'pending' } });
    clearTimer();
    timer = setTimeout(() => void get().flush(), AUTOSAVE_DELAY_MS);
  },

  flush: async () => {
    clearTimer();
    while (inflight) await inflight;
    const id = get().id;
    if (id === null) return true;
    const { valid, invalid } = validate(pending);
    set({ invalid });
    if (Object.keys(valid).length === 0) {
      const clean = Object.keys(invalid).length === 0;
      if (get().save.kind !== 'error') set({ save: clean ? { kind: 'saved' } : { kind: 'idle' } });
      return clean;
    }
    // Invalid values stay on screen (and pending) until the user fixes them.
    for (const key of Object.keys(valid) as PatchKey[]) delete pending[key];
    set({ save: { kind: 'saving' } });
    let ok = false;
    const current = isSession;
    inflight = (async () => {
      const result = await peaksend().campaigns.update({ id, patch: valid });
      if (!current()) return;
      if (result.ok) {
        ok = true;
        // Edits typed while this save was in flight stay on top of the saved row.
        set({
          campaign: { ...result.value, ...pending } as Campaign,
          save: Object.keys(pending).length > 0 ? { kind: 'pending' } : { kind: 'saved' },
        });
      } else {
        pending = { ...valid, ...pending };
        set({ save: { kind: 'error', message: result.error.message } });
      }
    })();
    await inflight;
    inflight = null;
    if (ok && Object.keys(validate(pending).valid).length > 0) return get().flush();
    return ok && Object.keys(pending).length === 0;
  },

  replace: (campaign) => {
    if (get().id !== campaign.id) return;
    set({ campaign: { ...campaign, ...pending } as Campaign });
  },

  open: (id) => {
    watching += 1;
    void get().load(id);
    return () => {
      watching -= 1;
      // Leaving the editor saves what is still waiting for the debounce.
      void get().flush();
    };
  },

  onStatus: (event) => {
    const { id } = get();
    if (watching === 0 || id === null || event.campaignId !== id) return;
    void peaksend()
      .campaigns.get({ id })
      .then((r) => {
        if (r.ok) get().replace(r.value);
      });
  },

  start: () => act((id) => peaksend().campaigns.start({ id })),
  unschedule: () => act((id) => peaksend().campaigns.pause({ id })),
  preview: (index, variant = 0) =>
    withId((id) => peaksend().campaigns.preview({ id, index, variant })),
}));

const NOT_OPEN = { code: 'NOT_FOUND', message: 'No campaign is open.' } as const;

/** Runs a call for the open campaign. */
function withId<T>(call: (id: number) => Promise<Result<T>>): Promise<Result<T>> {
  const { id } = useCampaignEditor.getState();
  return id === null ? Promise.resolve({ ok: false, error: NOT_OPEN }) : call(id);
}

/** Runs an action on the open campaign and shows the campaign it answers with. */
async function act(call: (id: number) => Promise<Result<Campaign>>): Promise<Result<Campaign>> {
  const result = await withId(call);
  if (result.ok) useCampaignEditor.getState().replace(result.value);
  return result;
}
