/** Relative time for <Timestamp>: "just now", "5 minutes ago", "in 2 hours", "3 days ago". */
const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

export const relativeTime = (date: Date, now: Date, locale = 'en'): string => {
  const diff = date.getTime() - now.getTime();
  const abs = Math.abs(diff);
  if (abs < 60_000) return 'just now';
  const fmt = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  for (const [unit, ms] of UNITS) {
    if (abs >= ms) return fmt.format(Math.trunc(diff / ms), unit);
  }
  return 'just now';
};

/** "Nov 25, 2026, 10:41 PM" in the viewer's time zone. */
export const absoluteTime = (date: Date, locale?: string): string =>
  date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
