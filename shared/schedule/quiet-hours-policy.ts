import { z } from 'zod';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use 24-hour HH:MM, e.g. 08:00.');

/** When marketing messages may be delivered, in the recipient's local time. */
export const sendingWindowSchema = z.object({
  start: hhmm,
  end: hhmm,
  /** Allowed weekdays, 0 = Sunday … 6 = Saturday. */
  days: z.array(z.number().int().min(0).max(6)).min(1, 'Allow at least one day.'),
});

export const quietHoursPolicySchema = z.object({
  /** Countries without their own rule use this window. */
  default: sendingWindowSchema,
  /** ISO 3166 alpha-2 → window. */
  countries: z.record(z.string().regex(/^[A-Z]{2}$/), sendingWindowSchema),
});

export type SendingWindow = z.infer<typeof sendingWindowSchema>;
export type QuietHoursPolicy = z.infer<typeof quietHoursPolicySchema>;

const everyDay = [0, 1, 2, 3, 4, 5, 6];

/**
 * Editable presets. US: TCPA 8:00–21:00 (47 CFR 64.1200(c)(1)); France: Mon–Sat 8:00–22:00, not
 * on Sundays. Sources disagree on some countries, so these are data the user can change.
 */
export const defaultQuietHoursPolicy: QuietHoursPolicy = {
  default: { start: '08:00', end: '21:00', days: everyDay },
  countries: {
    US: { start: '08:00', end: '21:00', days: everyDay },
    FR: { start: '08:00', end: '22:00', days: [1, 2, 3, 4, 5, 6] },
  },
};
