/** Which phase a fact belongs to: the days each phase of a programme document covers. */
import { dayOf } from './dates';
import type { ProgrammeDocument } from './programme';

/** The days a phase covers: from the day it started to (not including) the day the next one started. */
export interface PhaseWindow {
  readonly phaseId: string;
  readonly fromDay: string;
  /** Null while no later phase has started. */
  readonly untilDay: string | null;
}

/**
 * DOMAIN: a fact belongs to the phase it occurred in, the latest phase started on or before its
 * day, as the phases stand now: a phase start recorded late, or a corrected date, re-phases it.
 */
export const phaseWindows = (document: ProgrammeDocument | undefined): PhaseWindow[] => {
  const started = (document?.phases ?? [])
    .filter((phase) => phase.startedAt !== null)
    .sort((a, b) => (a.startedAt ?? '').localeCompare(b.startedAt ?? ''));
  return started.map((phase, index) => {
    const next = started[index + 1];
    return {
      phaseId: phase.phaseId,
      fromDay: dayOf(phase.startedAt!),
      untilDay: next ? dayOf(next.startedAt!) : null,
    };
  });
};

/**
 * The id of the phase each business time falls in (see phaseWindows), the windows worked out once
 * for many times (a journey page's entries).
 */
export const phaseIdsOf = (document: ProgrammeDocument | undefined) => {
  const windows = phaseWindows(document);
  return (occurredAt: string): string | undefined => {
    const day = dayOf(occurredAt);
    return windows.findLast(
      ({ fromDay, untilDay }) => fromDay <= day && (untilDay === null || day < untilDay),
    )?.phaseId;
  };
};
