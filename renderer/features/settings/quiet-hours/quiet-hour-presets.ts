import {
  defaultQuietHoursPolicy,
  type SendingWindow,
} from '../../../../shared/schedule/quiet-hours-policy';

export interface QuietHourPreset {
  readonly label: string;
  readonly country: string;
  readonly window: SendingWindow;
}

const everyDay = [0, 1, 2, 3, 4, 5, 6];

/** The same windows a fresh install starts with, so a preset restores the recommended rule. */
export const quietHourPresets: readonly QuietHourPreset[] = [
  {
    label: 'US (8:00–21:00)',
    country: 'US',
    window: defaultQuietHoursPolicy.countries.US ?? {
      start: '08:00',
      end: '21:00',
      days: everyDay,
    },
  },
  {
    label: 'France (Mon–Sat 8:00–22:00)',
    country: 'FR',
    window: defaultQuietHoursPolicy.countries.FR ?? {
      start: '08:00',
      end: '22:00',
      days: [1, 2, 3, 4, 5, 6],
    },
  },
];
