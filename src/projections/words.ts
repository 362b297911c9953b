/** Small helpers that turn identifiers and values into plain English for journey summaries. */

/** `socialWorker` → `social worker`; `notSupported` → `not supported`. */
export const words = (identifier: string): string =>
  identifier.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2021-10-14` or `2021-10-14T09:00:00Z` → `14 Oct 2021`; anything else is returned as given. */
export const day = (iso: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = match && MONTHS[Number(match[2]) - 1];
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
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
