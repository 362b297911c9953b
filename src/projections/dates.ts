/** Calendar arithmetic on ISO dates (UTC), for target windows and run-chart neighbourhoods. */

/** `2022-03-14T09:30:00Z` → `2022-03-14`. */
export const dayOf = (iso: string): string => iso.slice(0, 10);

/** The ISO date `days` after (or, when negative, before) the day of `iso`. */
export const addDays = (iso: string, days: number): string => {
  const date = new Date(`${dayOf(iso)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
