/**
 * What a decision may know beyond its own stream: the programme's state and the states of the
 * items a command refers to. The command handler folds them from their own streams (never from
 * a projection) and passes them in, so deciders check references without doing any I/O.
 */
import type { Barrier } from './barrier/state';
import type { Blueprint } from './blueprint/state';
import type { Evidence } from './blueprint/events';
import type { Experiment } from './experiment/state';
import type { FeedbackRound } from './feedbackRound/state';
import type { Level } from './programme/events';
import type { Participant, Programme, ProgrammeDetails } from './programme/state';
import type { Review } from './review/state';
import type { SmallChange } from './smallChange/state';
import type { SurveyRound } from './surveyRound/events';
import { requireFromProgrammeStart } from './shared/businessTime';
import type { DecisionCitation } from './shared/citation';
import type { CommandContext } from './shared/command';
import { IllegalStateError, NotFoundError, ValidationError } from './shared/errors';

export interface Facts {
  readonly programme: Programme;
  readonly barriers: ReadonlyMap<string, Barrier>;
  readonly smallChanges: ReadonlyMap<string, SmallChange>;
  readonly experiments: ReadonlyMap<string, Experiment>;
  readonly reviews: ReadonlyMap<string, Review>;
  readonly surveyRounds: ReadonlyMap<string, SurveyRound>;
  readonly feedbackRounds: ReadonlyMap<string, FeedbackRound>;
  /** By programme id: the programme's own blueprint, and a blueprint it derives from. */
  readonly blueprints: ReadonlyMap<string, Blueprint>;
}

export type ReferenceKind =
  'barrier' | 'smallChange' | 'experiment' | 'review' | 'surveyRound' | 'feedbackRound' | 'blueprint';
export interface Reference {
  readonly kind: ReferenceKind;
  readonly id: string;
}

export const refs = (kind: ReferenceKind, ids: readonly (string | undefined | null)[] = []): Reference[] =>
  ids.filter((id): id is string => !!id).map((id) => ({ kind, id }));

export const evidenceRefs = (evidence: readonly Evidence[] = []): Reference[] =>
  evidence.map(({ kind, id }) => ({
    kind: (
      {
        experimentConclusion: 'experiment',
        reviewDecision: 'review',
        surveyRound: 'surveyRound',
        smallChangeReview: 'smallChange',
        feedbackRound: 'feedbackRound',
      } as const
    )[kind],
    id,
  }));

export const noFacts = (programme: Programme): Facts => ({
  programme,
  barriers: new Map(),
  smallChanges: new Map(),
  experiments: new Map(),
  reviews: new Map(),
  surveyRounds: new Map(),
  feedbackRounds: new Map(),
  blueprints: new Map(),
});

/** The stream a cited review decision lives in, when one is cited. */
export const decisionRefs = (decision: DecisionCitation | null | undefined): Reference[] =>
  refs('review', [decision?.reviewId]);

/** The programme must exist and be open for recording. */
export const openProgramme = (programme: Programme): ProgrammeDetails => {
  if (programme.status === 'None')
    throw new NotFoundError('ProgrammeExists', 'No programme has been launched with this id');
  if (programme.status === 'Closed') {
    throw new IllegalStateError(
      'ClosedProgrammeRecordsNothing',
      `Programme "${programme.name}" is closed: nothing more can be recorded in it`,
    );
  }
  return programme;
};

/** The programme must be open, and what is recorded must not be dated before it starts. */
export const openProgrammeOn = (programme: Programme, context: CommandContext): ProgrammeDetails => {
  const open = openProgramme(programme);
  requireFromProgrammeStart(open.startDate, context.occurredAt);
  return open;
};

export const requireTeam = (programme: ProgrammeDetails, teamId: string): void => {
  if (!programme.teams[teamId])
    throw new NotFoundError('TeamInProgramme', `Team ${teamId} is not enrolled in this programme`);
};

/** Each id must be a participant of this programme who has not left. */
export const requireParticipants = (
  programme: ProgrammeDetails,
  ids: readonly string[],
  field: string,
): Participant[] =>
  ids.map((id) => {
    const participant = programme.participants[id];
    if (!participant)
      throw new NotFoundError(
        'ParticipantInProgramme',
        `${field}: ${id} is not a participant of this programme`,
      );
    if (!participant.active)
      throw new IllegalStateError('ParticipantActive', `${field}: participant ${id} has left the programme`);
    return participant;
  });

export const levelsOf = (participants: readonly Participant[]): Set<Level> =>
  new Set(participants.map((p) => p.level));

export const requireMetrics = (programme: ProgrammeDetails, ids: readonly string[], field: string): void => {
  for (const id of ids) {
    if (!programme.metrics[id])
      throw new NotFoundError('MetricInProgramme', `${field}: metric ${id} is not defined in this programme`);
  }
};

const inProgramme = <S extends { status: string; programmeId?: string }>(
  states: ReadonlyMap<string, S>,
  id: string,
  programmeId: string,
): Exclude<S, { status: 'None' }> | undefined => {
  const state = states.get(id);
  return state && state.status !== 'None' && state.programmeId === programmeId
    ? (state as Exclude<S, { status: 'None' }>)
    : undefined;
};

export const requireBarriers = (facts: Facts, ids: readonly string[], programmeId: string) =>
  ids.map((id) => {
    const barrier = inProgramme(facts.barriers, id, programmeId);
    if (!barrier)
      throw new NotFoundError(
        'BarrierInProgramme',
        `Barrier ${id} has not been identified in this programme`,
      );
    return barrier;
  });

export const requireBlueprintElement = (facts: Facts, programmeId: string, elementId: string): void => {
  const blueprint = facts.blueprints.get(programmeId);
  if (!blueprint || blueprint.status === 'None' || !blueprint.elements.has(elementId)) {
    throw new NotFoundError(
      'ElementInBlueprint',
      `Element ${elementId} is not in this programme's blueprint`,
    );
  }
};

export const requireSmallChange = (facts: Facts, id: string, programmeId: string) => {
  const smallChange = inProgramme(facts.smallChanges, id, programmeId);
  if (!smallChange)
    throw new NotFoundError('SmallChangeInProgramme', `Small change ${id} is not in this programme`);
  return smallChange;
};

export const requireExperiment = (facts: Facts, id: string, programmeId: string) => {
  const experiment = inProgramme(facts.experiments, id, programmeId);
  if (!experiment)
    throw new NotFoundError('ExperimentInProgramme', `Experiment ${id} is not in this programme`);
  return experiment;
};

/** DOMAIN: a cited review decision must have been recorded at that review, in this programme. */
export const requireDecision = (facts: Facts, programmeId: string, citation: DecisionCitation): void => {
  const review = inProgramme(facts.reviews, citation.reviewId, programmeId);
  if (!review || !citation.decisionId || !review.decisionIds.includes(citation.decisionId)) {
    throw new NotFoundError(
      'DecisionInReview',
      `Decision ${citation.decisionId || '(none given)'} is not recorded at review ${citation.reviewId} of this programme`,
    );
  }
};

/** The cited decision, checked, or null when none is cited (the events keep null, not a missing field). */
export const citedDecision = (
  facts: Facts,
  programmeId: string,
  citation: DecisionCitation | null | undefined,
): DecisionCitation | null => {
  if (!citation) return null;
  requireDecision(facts, programmeId, citation);
  return { reviewId: citation.reviewId, decisionId: citation.decisionId };
};

export const requireFeedbackRound = (facts: Facts, id: string, programmeId: string) => {
  const round = inProgramme(facts.feedbackRounds, id, programmeId);
  if (!round)
    throw new NotFoundError(
      'FeedbackRoundInProgramme',
      `Feedback round ${id} is not recorded in this programme`,
    );
  return round;
};

/**
 * DOMAIN: a step may cite the staff feedback rounds it answers, as evidence. Each must be a round
 * recorded in this programme (rule FeedbackRoundInProgramme); a round cited twice counts once. Kept
 * only when some are cited, so an event without them reads as before (citing none).
 */
export const citedFeedbackRounds = (
  facts: Facts,
  programmeId: string,
  ids: readonly string[] | null | undefined,
): { feedbackRoundIds?: string[] } => {
  const unique = [...new Set(ids ?? [])];
  for (const id of unique) requireFeedbackRound(facts, id, programmeId);
  return unique.length > 0 ? { feedbackRoundIds: unique } : {};
};

/** Evidence must exist in this programme and be evidence already: a conclusion reached, a review held. */
export const requireEvidence = (facts: Facts, programmeId: string, evidence: readonly Evidence[]): void => {
  for (const item of evidence) {
    switch (item.kind) {
      case 'experimentConclusion': {
        const experiment = requireExperiment(facts, item.id, programmeId);
        if (experiment.status !== 'Concluded' && experiment.status !== 'StoppedEarly') {
          throw new IllegalStateError(
            'EvidenceIsAConclusion',
            `Experiment ${item.id} has not concluded or stopped, so it is not yet evidence`,
          );
        }
        break;
      }
      case 'smallChangeReview': {
        const smallChange = requireSmallChange(facts, item.id, programmeId);
        if (!smallChange.lastVerdict) {
          throw new IllegalStateError(
            'EvidenceIsAReview',
            `Small change ${item.id} has not been reviewed, so it is not yet evidence`,
          );
        }
        break;
      }
      case 'reviewDecision':
        requireDecision(facts, programmeId, { reviewId: item.id, decisionId: item.decisionId ?? '' });
        break;
      case 'feedbackRound':
        requireFeedbackRound(facts, item.id, programmeId);
        break;
      case 'surveyRound':
        if (!inProgramme(facts.surveyRounds, item.id, programmeId)) {
          throw new NotFoundError(
            'SurveyRoundInProgramme',
            `Survey round ${item.id} is not recorded in this programme`,
          );
        }
        break;
      default: {
        const unknown: never = item.kind;
        throw new ValidationError('EvidenceKind', `Unknown kind of evidence: ${String(unknown)}`);
      }
    }
  }
};

const pascalCase = (words: string) =>
  words.replace(/(^|\s)(\w)/g, (_match, _space, letter: string) => letter.toUpperCase());

/**
 * The addressed item must exist, in the programme the command names, under the id the command
 * names (an id that carries its category shares a stream name with the bare id: never mix them).
 */
export const existing = <S extends { readonly status: string }>(
  state: S,
  programmeId: string,
  what: string,
  id?: string,
): Exclude<S, { status: 'None' }> => {
  const found = state as S & { programmeId?: string; id?: string };
  if (
    state.status === 'None' ||
    found.programmeId !== programmeId ||
    (id !== undefined && found.id !== undefined && found.id !== id)
  ) {
    throw new NotFoundError(
      `${pascalCase(what)}InProgramme`,
      `No ${what} with this id has been recorded in this programme`,
    );
  }
  return state as Exclude<S, { status: 'None' }>;
};

/** The id of a new item must not be in use yet. */
export const fresh = (state: { readonly status: string }, what: string): void => {
  if (state.status !== 'None')
    throw new IllegalStateError(
      'IdNotInUse',
      `${/^[aeiou]/.test(what) ? 'An' : 'A'} ${what} with this id has already been recorded`,
    );
};
