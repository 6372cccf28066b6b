import {
  quietHoursPolicySchema,
  sendingWindowSchema,
  type QuietHoursPolicy,
  type SendingWindow,
} from '../../../../shared/schedule/quiet-hours-policy';

export interface CountryWindow {
  readonly id: number;
  readonly country: string;
  readonly window: SendingWindow;
}

export interface QuietDraft {
  readonly default: SendingWindow;
  /** In the order the user added them; saved as a record keyed by country. */
  readonly countries: readonly CountryWindow[];
}

export interface WindowErrors {
  readonly start?: string;
  readonly end?: string;
  readonly days?: string;
}

/** Errors keyed by the country row's id, or 'default'. */
export type WindowKey = number | 'default';

export interface QuietDraftCheck {
  readonly policy: QuietHoursPolicy | null;
  readonly errors: ReadonlyMap<WindowKey, WindowErrors>;
}

let lastId = 0;

export function countryWindow(country: string, window: SendingWindow): CountryWindow {
  lastId += 1;
  return { id: lastId, country, window };
}

export function draftFromPolicy(policy: QuietHoursPolicy): QuietDraft {
  return {
    default: policy.default,
    countries: Object.entries(policy.countries).map(([country, window]) =>
      countryWindow(country, window),
    ),
  };
}

function checkWindow(window: SendingWindow): WindowErrors {
  const errors: { -readonly [K in keyof WindowErrors]: string } = {};
  if (window.start === '') errors.start = 'Enter a start time.';
  if (window.end === '') errors.end = 'Enter an end time.';
  const parsed = sendingWindowSchema.safeParse(window);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === 'start' || field === 'end' || field === 'days') errors[field] ??= issue.message;
    }
  }
  // The engine reads start = end as a window that never opens: nothing would ever be sent.
  if (!errors.start && !errors.end && window.start === window.end) {
    errors.end = 'The window must end at another time than it starts.';
  }
  return errors;
}

/** Checks each window, then the whole policy with the shared schema the engine uses. */
export function checkQuietDraft(draft: QuietDraft): QuietDraftCheck {
  const errors = new Map<WindowKey, WindowErrors>();
  const note = (key: WindowKey, found: WindowErrors) => {
    if (Object.keys(found).length > 0) errors.set(key, found);
  };
  note('default', checkWindow(draft.default));
  for (const row of draft.countries) note(row.id, checkWindow(row.window));

  const policy: QuietHoursPolicy = {
    default: normalize(draft.default),
    countries: Object.fromEntries(draft.countries.map((r) => [r.country, normalize(r.window)])),
  };
  const valid = errors.size === 0 && quietHoursPolicySchema.safeParse(policy).success;
  return { policy: valid ? policy : null, errors };
}

function normalize(window: SendingWindow): SendingWindow {
  return { ...window, days: [...new Set(window.days)].sort((a, b) => a - b) };
}

/** A window that ends before it starts runs past midnight (22:00–06:00). */
export function crossesMidnight(window: SendingWindow): boolean {
  return window.start !== '' && window.end !== '' && window.end < window.start;
}
