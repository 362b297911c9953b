/** Small helpers that turn identifiers and values into plain English for journey summaries. */

/** `socialWorker` → `social worker`; `notSupported` → `not supported`. */
export const words = (identifier: string): string =>
  identifier.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/**
 * The platform's date words, in the order British readers expect (14 Oct 2021). English month
 * abbreviations (`en`), not `en-GB`'s, whose "Sept" differs between ICU versions.
 */
const DATE_WORDS = new Intl.DateTimeFormat('en', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2021-10-14` or `2021-10-14T09:00:00Z` → `14 Oct 2021`; anything else is returned as given. */
export const day = (iso: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== Number(match[2]) - 1) return iso;
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    DATE_WORDS.formatToParts(date).find((candidate) => candidate.type === type)?.value;
  return `${part('day')} ${part('month')} ${match[1]}`;
};

export const quoted = (text: string): string => `"${text}"`;

/** `['a', 'b', 'c']` → `a, b and c`. */
export const listOf = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

export const counted = (count: number, noun: string, plural = `${noun}s`): string =>
  `${count} ${count === 1 ? noun : plural}`;

/** `a process change`, `an experiment`. */
export const withArticle = (phrase: string): string => `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;

export const sentence = (text: string): string => {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]"?$/.test(capital) ? capital : `${capital}.`;
};
