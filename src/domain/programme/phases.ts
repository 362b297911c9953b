import { occursBefore } from '../shared/businessTime';
import { IllegalStateError, NotFoundError, ValidationError } from '../shared/errors';
import { requireText } from '../shared/validation';
import type { ProgrammeCommand } from './commands';
import type { ProgrammeEvent } from './events';
import type { ProgrammeDetails } from './state';

type Cmd<T extends ProgrammeCommand['type']> = Extract<ProgrammeCommand, { type: T }>;

/** Phases start on or after the programme's start, and complete with a summary, never before they started. */
const phaseOf = (programme: ProgrammeDetails, phaseId: string) => {
  const phase = programme.phases.find((candidate) => candidate.phaseId === phaseId);
  if (!phase)
    throw new NotFoundError('PhaseInProgramme', `Phase ${phaseId} is not one of this programme's phases`);
  return phase;
};

export const startPhase = (
  { data, context }: Cmd<'StartPhase'>,
  programme: ProgrammeDetails,
): ProgrammeEvent => {
  const phase = phaseOf(programme, data.phaseId);
  if (phase.status !== 'NotStarted')
    throw new IllegalStateError('PhaseStartsOnce', `Phase "${phase.name}" has already started`);
  if (occursBefore(context.occurredAt, programme.startDate)) {
    throw new ValidationError(
      'PhaseStartsWithinProgramme',
      `Phase "${phase.name}" cannot start on ${context.occurredAt}, before the programme starts (${programme.startDate})`,
    );
  }
  return {
    type: 'PhaseStarted',
    data: { programmeId: programme.id, phaseId: phase.phaseId, startedAt: context.occurredAt },
  };
};

export const completePhase = (
  { data, context }: Cmd<'CompletePhase'>,
  programme: ProgrammeDetails,
): ProgrammeEvent => {
  const phase = phaseOf(programme, data.phaseId);
  if (phase.status !== 'Started' || !phase.startedAt) {
    throw new IllegalStateError(
      'PhaseCompletesOnceStarted',
      `Phase "${phase.name}" is ${phase.status}; only a started phase can complete`,
    );
  }
  if (occursBefore(context.occurredAt, phase.startedAt)) {
    throw new ValidationError(
      'PhaseCannotCompleteBeforeItStarts',
      `Phase "${phase.name}" cannot complete on ${context.occurredAt}, before it started (${phase.startedAt})`,
    );
  }
  const summary = requireText(data.summary, 'summary');
  return {
    type: 'PhaseCompleted',
    data: { programmeId: programme.id, phaseId: phase.phaseId, completedAt: context.occurredAt, summary },
  };
};
