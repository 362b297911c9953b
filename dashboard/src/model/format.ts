/** Dates and numbers as people read them (UTC dates, as the ledger keeps business time). */
const DAY = 24 * 60 * 60 * 1000;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "14 Oct 2025" from a date or timestamp; the text itself when it is not a date. */
export const formatDay = (value: string | null | undefined): string => {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
};

/** "14 Oct 2025, 09:30 UTC" for a timestamp; the day alone for a date. */
export const formatMoment = (value: string | null | undefined): string => {
  if (!value) return '';
  const time = /T(\d{2}:\d{2})/.exec(value)?.[1];
  return time ? `${formatDay(value)}, ${time} UTC` : formatDay(value);
};

export const monthOf = (value: string): string => {
  const match = /^(\d{4})-(\d{2})/.exec(value);
  return match ? `${MONTHS[Number(match[2]) - 1]} ${match[1]}` : value;
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
