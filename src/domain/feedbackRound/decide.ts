import { LIMITS } from '../shared/limits';
import { requireNewStepsInOrder } from '../shared/businessTime';
import { unhandled } from '../shared/command';
import { decideDateCorrection } from '../shared/dateCorrection';
import { IllegalStateError, NotFoundError, ValidationError } from '../shared/errors';
import {
  requireFiniteNumber,
  requireNonEmpty,
  requireOneOf,
  requireText,
  requireWholeNumber,
} from '../shared/validation';
import {
  citedDecision,
  existing,
  fresh,
  openProgrammeOn,
  requireBlueprintElement,
  requireExperiment,
  requireSmallChange,
  requireTeam,
  type Facts,
} from '../facts';
import { LEVELS } from '../programme/events';
import type { ProgrammeDetails } from '../programme/state';
import { requireAnonymised } from '../surveyRound/decide';
import {
  FEEDBACK_ITEM_KINDS,
  type AskedGroup,
  type FeedbackItem,
  type FeedbackRoundCommand,
  type FeedbackRoundEvent,
  type FeedbackScore,
  type UnintendedConsequence,
} from './events';
import { feedbackRoundTime, type FeedbackRound } from './state';

type Cmd<T extends FeedbackRoundCommand['type']> = Extract<FeedbackRoundCommand, { type: T }>;
type Recorded = Exclude<FeedbackRound, { status: 'None' }>;

/** An item asked about must exist in this programme; the vision must have been set. */
const requireItem = (facts: Facts, programme: ProgrammeDetails, item: FeedbackItem): FeedbackItem => {
  const kind = requireOneOf(item.kind, FEEDBACK_ITEM_KINDS, 'item kind');
  if (kind === 'vision') {
    if (!programme.vision)
      throw new NotFoundError(
        'VisionSet',
        'The programme has no vision yet, so staff cannot be asked about it',
      );
    return { kind, id: null };
  }
  if (!item.id)
    throw new ValidationError('FeedbackItemNamed', `A ${kind} asked about must be named by its id`);
  if (kind === 'smallChange') requireSmallChange(facts, item.id, programme.id);
  else if (kind === 'experiment') requireExperiment(facts, item.id, programme.id);
  else requireBlueprintElement(facts, programme.id, item.id);
  return { kind, id: item.id };
};

const requireAsked = (programme: ProgrammeDetails, asked: readonly AskedGroup[]): AskedGroup[] =>
  requireNonEmpty(asked, 'who was asked').map(({ teamId, level, count }) => {
    if (teamId) requireTeam(programme, teamId);
    return {
      teamId: teamId ?? null,
      level: requireOneOf(level, LEVELS, 'level asked'),
      count: requireWholeNumber(count, 'how many were asked', 1),
    };
  });

const requireScores = (scores: readonly FeedbackScore[]): FeedbackScore[] =>
  scores.map(({ question, score, outOf }) => {
    const scale = requireFiniteNumber(outOf, 'out of');
    if (scale <= 0 || requireFiniteNumber(score, 'score') < 0 || score > scale)
      throw new ValidationError(
        'ScoreOnItsScale',
        `A score must be between 0 and its scale (${outOf}); got ${score}`,
      );
    return { question: requireText(question, 'question', LIMITS.statement), score, outOf: scale };
  });

const requireConsequences = (
  facts: Facts,
  programme: ProgrammeDetails,
  consequences: readonly UnintendedConsequence[],
): UnintendedConsequence[] => {
  const ids = consequences.map((c) => requireText(c.consequenceId, 'consequence id', LIMITS.short));
  if (new Set(ids).size !== ids.length)
    throw new ValidationError('NoDuplicates', 'Two unintended consequences of one round share an id');
  return consequences.map(({ consequenceId, description, onStaff, item }) => ({
    consequenceId,
    description: requireText(description, 'unintended consequence'),
    onStaff: onStaff === true,
    item: item ? requireItem(facts, programme, item) : null,
  }));
};

/** DOMAIN: feedback is asked of staff in one of the programme's phases that has started. */
const requirePhase = (programme: ProgrammeDetails, phaseId: string): string => {
  const phase = programme.phases.find((candidate) => candidate.phaseId === phaseId);
  if (!phase)
    throw new NotFoundError('PhaseInProgramme', `Phase ${phaseId} is not a phase of this programme`);
  if (phase.status === 'NotStarted')
    throw new IllegalStateError('FeedbackInStartedPhase', `Phase ${phaseId} has not started yet`);
  return phaseId;
};

const record = (
  { data, context }: Cmd<'RecordFeedbackRound'>,
  state: FeedbackRound,
  facts: Facts,
  programme: ProgrammeDetails,
): FeedbackRoundEvent => {
  fresh(state, 'feedback round');
  const asked = requireAsked(programme, data.asked);
  const total = asked.reduce((sum, group) => sum + group.count, 0);
  if (requireWholeNumber(data.answered, 'how many answered') > total)
    throw new ValidationError(
      'AnsweredNoMoreThanAsked',
      `${data.answered} answered, but only ${total} were asked`,
    );
  return {
    type: 'FeedbackRoundRecorded',
    data: {
      feedbackRoundId: data.feedbackRoundId,
      programmeId: programme.id,
      heldAt: context.occurredAt,
      phaseId: requirePhase(programme, data.phaseId),
      items: requireNonEmpty(data.items, 'items asked about').map((item) =>
        requireItem(facts, programme, item),
      ),
      asked,
      answered: data.answered,
      themes: data.themes.map((theme) => requireText(theme, 'theme', LIMITS.statement)),
      anonymisedQuotes: data.anonymisedQuotes.map(requireAnonymised),
      scores: requireScores(data.scores),
      consequences: requireConsequences(facts, programme, data.consequences),
    },
  };
};

const requireConsequence = (round: Recorded, consequenceId: string): string => {
  if (!round.consequenceIds.includes(consequenceId))
    throw new NotFoundError(
      'ConsequenceInRound',
      `Feedback round ${round.id} flagged no unintended consequence ${consequenceId}`,
    );
  return consequenceId;
};

const respond = ({ data }: Cmd<'RespondToFeedback'>, round: Recorded, facts: Facts): FeedbackRoundEvent => {
  const { feedbackRoundId, programmeId, responseId } = data;
  if (round.responseIds.includes(responseId))
    throw new IllegalStateError('IdNotInUse', `Response ${responseId} is already recorded`);
  return {
    type: 'FeedbackResponded',
    data: {
      feedbackRoundId,
      programmeId,
      responseId,
      whatWeDid: requireText(data.whatWeDid, 'what was done in answer'),
      consequenceId: data.consequenceId ? requireConsequence(round, data.consequenceId) : null,
      decision: citedDecision(facts, programmeId, data.decision),
    },
  };
};

const close = ({ data }: Cmd<'CloseUnintendedConsequence'>, round: Recorded): FeedbackRoundEvent => {
  const { feedbackRoundId, programmeId, consequenceId } = data;
  requireConsequence(round, consequenceId);
  if (round.closedConsequenceIds.includes(consequenceId))
    throw new IllegalStateError(
      'ConsequenceOpen',
      `Unintended consequence ${consequenceId} is already closed`,
    );
  return {
    type: 'UnintendedConsequenceClosed',
    data: {
      feedbackRoundId,
      programmeId,
      consequenceId,
      resolution: requireText(data.resolution, 'resolution'),
    },
  };
};

export const decideFeedbackRound = (
  command: FeedbackRoundCommand,
  state: FeedbackRound,
  facts: Facts,
): FeedbackRoundEvent[] => {
  const programme = openProgrammeOn(facts.programme, command.context);
  if (command.type === 'RecordFeedbackRound') return [record(command, state, facts, programme)];
  const round = existing(state, command.data.programmeId, 'feedback round', command.data.feedbackRoundId);
  const decided = ((): FeedbackRoundEvent => {
    switch (command.type) {
      case 'RespondToFeedback':
        return respond(command, round, facts);
      case 'CloseUnintendedConsequence':
        return close(command, round);
      case 'CorrectFeedbackRoundDate': {
        const item = { kind: 'feedbackRound', id: round.id } as const;
        return decideDateCorrection(
          command.data,
          command.context,
          item,
          round.steps,
          feedbackRoundTime,
          programme.startDate,
        );
      }
      default:
        return unhandled(command);
    }
  })();
  return requireNewStepsInOrder(feedbackRoundTime, round.steps, [decided], command.context.occurredAt);
};
