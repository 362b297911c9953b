/**
 * Time and identity from outside the core. The command handler stamps each event with the time
 * of recording and a fresh id; both come through these ports, so a test or a replay can fix them.
 */

/** The time now, as the ledger records it. */
export type Clock = () => Date;

/** A new unique id (a UUID) for each call. */
export type IdSource = () => string;
