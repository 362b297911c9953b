/**
 * A wrong occurred date is corrected by an event of its own, in the stream of the item it belongs
 * to, pointing at the event it corrects: the wrong date stays in the log, the correct one is
 * what the item, the journey and time travel go by from then on. Any step of any item can be
 * corrected (a correction itself cannot: correct the step again instead).
 */
import type { Command, CommandContext, Event } from './command';
import {
  correctedSteps,
  requireBaselineBeforeStart,
  requireFromProgrammeStart,
  requireStillInOrder,
  type BusinessTime,
  type Step,
} from './businessTime';
import { requireNotInFuture } from './context';
import { NotFoundError, ValidationError } from './errors';
import { requireDate, requireRationale } from './validation';

export const ITEM_KINDS = [
  'programme',
  'barrier',
  'smallChange',
  'review',
  'experiment',
  'blueprint',
  'measurement',
  'surveyRound',
  'feedbackRound',
] as const;
/** What a stream holds: a programme, one of its items, its blueprint or a metric's measurements. */
export type ItemKind = (typeof ITEM_KINDS)[number];

export interface DateCorrectionRequest {
  /** The event whose occurred date was wrong (as shown in the journey and the history). */
  readonly eventId: string;
  /** When it really occurred. */
  readonly correctOccurredAt: string;
  readonly rationale: string;
}

export type CorrectDate<T extends string, D extends object> = Command<
  T,
  { programmeId: string } & D & DateCorrectionRequest
>;

export type OccurredDateCorrected = Event<
  'OccurredDateCorrected',
  {
    programmeId: string;
    item: { kind: ItemKind; id: string };
    eventId: string;
    eventType: string;
    wrongOccurredAt: string;
    correctOccurredAt: string;
    rationale: string;
    /** Events dated by the corrected one, moved with it (a review's decisions). */
    followers: string[];
  }
>;

/** The steps once the correction applies. */
export const stepsCorrectedBy = (steps: readonly Step[], { data }: OccurredDateCorrected): Step[] =>
  correctedSteps(steps, { ...data, occurredAt: data.correctOccurredAt });

const checkStart = (startDate: string, step: Step, date: string) => {
  if (step.type === 'ProgrammeLaunched') return;
  if (step.baseline) requireBaselineBeforeStart(startDate, date, 'This baseline');
  else requireFromProgrammeStart(startDate, date, `The ${step.type} being corrected`);
};

export const decideDateCorrection = (
  request: DateCorrectionRequest & { readonly programmeId: string },
  context: CommandContext,
  item: { readonly kind: ItemKind; readonly id: string },
  steps: readonly Step[],
  time: BusinessTime<Event<string, unknown>>,
  startDate: string,
): OccurredDateCorrected => {
  const step = steps.find((candidate) => candidate.eventId === request.eventId);
  if (!step) {
    throw new NotFoundError(
      'CorrectionPointsAtRecordedEvent',
      `Event ${request.eventId} is not a recorded step of ${item.kind} ${item.id}; give the eventId of the journey entry to correct`,
    );
  }
  const date = requireDate(request.correctOccurredAt, 'correct occurred at');
  requireNotInFuture(date, context.recordedAt, 'the correct occurred at');
  if (date === step.occurredAt) {
    throw new ValidationError(
      'CorrectionChangesTheDate',
      `The ${step.type} is already dated ${date}; a correction gives it another date`,
    );
  }
  const rationale = requireRationale(request.rationale, 'correcting when something occurred');
  checkStart(startDate, step, date);
  const corrected = { ...step, occurredAt: date };
  const followers = time.followers?.(steps, step) ?? [];
  requireStillInOrder(steps, corrected, followers, time.ordering);
  return {
    type: 'OccurredDateCorrected',
    data: {
      programmeId: request.programmeId,
      item: { kind: item.kind, id: item.id },
      eventId: step.eventId,
      eventType: step.type,
      wrongOccurredAt: step.occurredAt,
      correctOccurredAt: date,
      rationale,
      followers: followers.map((follower) => follower.eventId),
    },
  };
};
