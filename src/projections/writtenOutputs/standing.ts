/**
 * Where each written output stands: due, delivered or late, as of a moment.
 *
 * DOMAIN (our reading): the insights document and the blueprint document follow the third phase;
 * the record of changes, the implementation record and the case study the fourth (in a programme
 * with fewer phases, the last). An output is due on the day the phase it follows completed. A
 * phase has no planned end in the ledger, so until it completes the programme's planned end
 * (start date plus planned duration) stands in for it. An output not delivered within 28 days of
 * its due date is late.
 */
import type { WrittenOutputKind } from '../../domain/writtenOutput/events';
import { WRITTEN_OUTPUTS } from '../../domain/writtenOutput/events';
import { addDays, dayOf } from '../dates';
import type { ProgrammeDocument } from '../programme';
import { quoted } from '../words';
import { deliveriesOf, type Delivery } from './deliveries';

export const OUTPUT_STANDINGS = ['notDue', 'due', 'late', 'delivered'] as const;
export type OutputStanding = (typeof OUTPUT_STANDINGS)[number];

export const DAYS_BEFORE_LATE = 28;

const PHASE_FOLLOWED: Readonly<Record<WrittenOutputKind, number>> = {
  insights: 3,
  blueprint: 3,
  changeRecord: 4,
  implementation: 4,
  caseStudy: 4,
};

export interface OutputStatus {
  readonly output: WrittenOutputKind;
  readonly dueBy: string;
  /** What the due date comes from, in words. */
  readonly dueWhen: string;
  readonly standing: OutputStanding;
  /** The day after which it is late if not delivered. */
  readonly lateAfter: string;
  readonly deliveries: readonly Delivery[];
}

/** The programme's planned end: its start date plus its planned duration in months. */
export const plannedEnd = (programme: ProgrammeDocument): string => {
  const [year, month, day] = dayOf(programme.startDate).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1 + programme.plannedDurationMonths, day))
    .toISOString()
    .slice(0, 10);
};

const dueDate = (programme: ProgrammeDocument, output: WrittenOutputKind) => {
  const phases = programme.phases;
  const phase = phases[Math.min(PHASE_FOLLOWED[output], phases.length) - 1];
  if (phase?.completedAt)
    return { dueBy: dayOf(phase.completedAt), dueWhen: `when phase ${quoted(phase.name)} completed` };
  return {
    dueBy: plannedEnd(programme),
    dueWhen: `the programme's planned end, until phase ${quoted(phase?.name ?? '?')} completes`,
  };
};

/** Each output's standing on the day of `readAt` (a date or a timestamp). */
export const outputStandings = (programme: ProgrammeDocument, readAt: string): OutputStatus[] => {
  const today = dayOf(readAt);
  return WRITTEN_OUTPUTS.map((output) => {
    const { dueBy, dueWhen } = dueDate(programme, output);
    const lateAfter = addDays(dueBy, DAYS_BEFORE_LATE);
    const deliveries = deliveriesOf(programme).filter((delivery) => delivery.output === output);
    const standing: OutputStanding =
      deliveries.length > 0 ? 'delivered' : today < dueBy ? 'notDue' : today <= lateAfter ? 'due' : 'late';
    return { output, dueBy, dueWhen, standing, lateAfter, deliveries };
  });
};
