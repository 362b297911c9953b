/**
 * CSV as spreadsheets read it (RFC 4180): every field quoted when it holds a comma, quote or line
 * break; a field that starts like a formula is prefixed with an apostrophe so that a spreadsheet
 * shows it instead of running it.
 */
export type Cell = string | number | boolean | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;

const field = (cell: Cell): string => {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'string' && FORMULA.test(cell) ? `'${cell}` : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const toCsv = (header: readonly string[], rows: readonly (readonly Cell[])[]): string =>
  [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';

/** What a file name adds for a time travel, so an export says which ledger it holds: "-as-occurred-by-2025-03-31". */
export const fileDateOf = (
  asOf: { occurredAt?: string | null; recordedAt?: string | null } | null,
): string => {
  const at = asOf?.occurredAt ?? asOf?.recordedAt;
  if (!at) return '';
  return `-as-${asOf?.occurredAt ? 'occurred' : 'recorded'}-by-${at.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}`;
};
