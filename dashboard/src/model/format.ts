/** Dates and numbers as people read them (UTC dates, as the ledger keeps business time). */
const DAY = 24 * 60 * 60 * 1000;

/**
 * The platform's date words in British order ("14 Oct 2025"), with English's month abbreviations:
 * en-GB's own September ("Sept") differs between ICU versions, so browsers would disagree.
 */
const MONTH_WORDS = new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' });
const DAY_WORDS = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONTH_OF_YEAR_WORDS = new Intl.DateTimeFormat('en-GB', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The calendar date a text starts with (YYYY-MM-DD, or YYYY-MM for its first day), or null. */
const dateAtStart = (value: string, pattern: RegExp): Date | null => {
  const match = pattern.exec(value);
  if (!match) return null;
  const [year, month, day = 1] = match.slice(1).map(Number) as [number, number, number?];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
};

const inWords = (format: Intl.DateTimeFormat, date: Date): string =>
  format
    .formatToParts(date)
    .map((part) => (part.type === 'month' ? MONTH_WORDS.format(date) : part.value))
    .join('');

/** "14 Oct 2025" from a date or timestamp; the text itself when it is not a date. */
export const formatDay = (value: string | null | undefined): string => {
  if (!value) return '';
  const date = dateAtStart(value, /^(\d{4})-(\d{2})-(\d{2})/);
  return date ? inWords(DAY_WORDS, date) : value;
};

/** "14 Oct 2025, 09:30 UTC" for a timestamp; the day alone for a date. */
export const formatMoment = (value: string | null | undefined): string => {
  if (!value) return '';
  const time = /T(\d{2}:\d{2})/.exec(value)?.[1];
  return time ? `${formatDay(value)}, ${time} UTC` : formatDay(value);
};

/** "Oct 2025" from a date or timestamp; the text itself when it is not a date. */
export const monthOf = (value: string): string => {
  const date = dateAtStart(value, /^(\d{4})-(\d{2})/);
  return date ? inWords(MONTH_OF_YEAR_WORDS, date) : value;
};

/** Whole days from one date or time to a later one (UTC calendar days). */
export const daysBetween = (earlier: string, later: string): number =>
  Math.round((Date.parse(later.slice(0, 10)) - Date.parse(earlier.slice(0, 10))) / DAY);

/** A fact recorded more than a day after it happened was recorded late. */
export const LATE_AFTER_DAYS = 1;

export const daysLate = (occurredAt: string, recordedAt: string): number => {
  const days = daysBetween(occurredAt, recordedAt);
  return days > LATE_AFTER_DAYS ? days : 0;
};

export const percent = (share: number | null | undefined): string =>
  share === null || share === undefined ? 'none yet' : `${Math.round(share * 100)}%`;

export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/** Words for the API's enum values and labels: "notSupported" reads "not supported". */
export const words = (value: string): string =>
  value
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();

export const addMonths = (date: string, months: number): string => {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  day.setUTCMonth(day.getUTCMonth() + months);
  return day.toISOString().slice(0, 10);
};

/** A sentence ends with a full stop (recorded text may or may not). */
export const sentence = (text: string): string =>
  /[.!?…]["')]?$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
