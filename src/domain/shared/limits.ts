/**
 * How long the ledger's texts may be, defined once: the deciders refuse longer text (rule
 * TextTooLong), and the API's input validators and the schema's descriptions read the same numbers.
 */
export const LIMITS = {
  /** A title of an item (small change, barrier, experiment, blueprint element). */
  title: 200,
  /** A name (programme, local authority, team, phase, metric). */
  name: 200,
  /** A longer one-line text: a simple rule, an outcome. */
  statement: 500,
  /** A unit of a metric's values. */
  unit: 50,
  /** An id, or a cadence in words. */
  short: 100,
  /** Free text: descriptions, rationales. */
  text: 2000,
} as const;
