/** The command table's rows for the everyday work: barriers, small changes, reviews. */
import { barrierAggregate } from '../../domain/barrier';
import type { BarrierCommand } from '../../domain/barrier/events';
import type { ReviewCommand } from '../../domain/review/events';
import { reviewAggregate } from '../../domain/review';
import { smallChangeAggregate } from '../../domain/smallChange';
import type { SmallChangeCommand } from '../../domain/smallChange/commands';
import { LEADS, RECORDERS } from '../auth/roles';
import {
  CorrectBarrierDateInput,
  CorrectReviewDateInput,
  CorrectSmallChangeDateInput,
} from '../inputs/correction';
import {
  AdaptSmallChangeInput,
  AgreeSmallChangeInput,
  DeclineSmallChangeInput,
  EscalateSmallChangeInput,
  HoldReviewInput,
  IdentifyBarrierInput,
  ImplementSmallChangeInput,
  ProposeSmallChangeInput,
  RecordDecisionInput,
  RecordInsightInput,
  RescopeBarrierInput,
  ResolveBarrierInput,
  ReviewSmallChangeInput,
  RevertSmallChangeInput,
} from '../inputs/work';
import { CloseEscalationInput, RecordBarrierNotResolvedInput } from '../inputs/failure';
import { BarrierPayload, ReviewPayload, SmallChangePayload } from '../types/payloads';
import { itemNamedBy } from './answers';
import type { CommandRows } from './commandRow';
import { correctionRow } from './corrections';

const barrier = {
  decider: barrierAggregate,
  payload: BarrierPayload,
  answer: itemNamedBy('barrier', 'barrierId'),
} as const;

export const BARRIER_COMMANDS: CommandRows<BarrierCommand['type']> = {
  IdentifyBarrier: {
    ...barrier,
    input: IdentifyBarrierInput,
    roles: RECORDERS,
    description: 'Identify a barrier to spending time with families.',
    newIds: { barrierId: 'barrier' },
  },
  RescopeBarrier: {
    ...barrier,
    input: RescopeBarrierInput,
    roles: LEADS,
    description: 'Move a barrier between local and national scope, saying why.',
  },
  ResolveBarrier: {
    ...barrier,
    input: ResolveBarrierInput,
    roles: LEADS,
    description: 'Record how a barrier was resolved.',
  },
  RecordBarrierNotResolved: {
    ...barrier,
    input: RecordBarrierNotResolvedInput,
    roles: LEADS,
    description: 'Record that a barrier could not be resolved: why, what was learnt and what was done next.',
  },
  CorrectBarrierDate: correctionRow(
    barrierAggregate,
    CorrectBarrierDateInput,
    'Correct the date of a step of a barrier.',
  ),
};

const smallChange = {
  decider: smallChangeAggregate,
  payload: SmallChangePayload,
  answer: itemNamedBy('smallChange', 'smallChangeId'),
} as const;

export const SMALL_CHANGE_COMMANDS: CommandRows<SmallChangeCommand['type']> = {
  ProposeSmallChange: {
    ...smallChange,
    input: ProposeSmallChangeInput,
    roles: RECORDERS,
    description: 'Propose a small change to practice.',
    newIds: { smallChangeId: 'smallChange' },
  },
  AgreeSmallChange: {
    ...smallChange,
    input: AgreeSmallChangeInput,
    roles: LEADS,
    description: 'Agree a proposed small change.',
  },
  DeclineSmallChange: {
    ...smallChange,
    input: DeclineSmallChangeInput,
    roles: LEADS,
    description: 'Decline a proposed small change, saying why.',
  },
  ImplementSmallChange: {
    ...smallChange,
    input: ImplementSmallChangeInput,
    roles: RECORDERS,
    description: 'Record that an agreed small change is now practice.',
  },
  ReviewSmallChange: {
    ...smallChange,
    input: ReviewSmallChangeInput,
    roles: RECORDERS,
    description: 'Review an implemented small change: hours freed, what people noticed, the verdict.',
  },
  AdaptSmallChange: {
    ...smallChange,
    input: AdaptSmallChangeInput,
    roles: RECORDERS,
    description: 'Adapt a small change, saying why.',
  },
  RevertSmallChange: {
    ...smallChange,
    input: RevertSmallChangeInput,
    roles: RECORDERS,
    description: 'Revert a small change, saying why.',
  },
  EscalateSmallChange: {
    ...smallChange,
    input: EscalateSmallChangeInput,
    roles: LEADS,
    description:
      'A small change needs national change: escalate it; the ledger identifies the national barrier.',
    newIds: { nationalBarrierId: 'nationalBarrier' },
  },
  CloseEscalation: {
    ...smallChange,
    input: CloseEscalationInput,
    roles: LEADS,
    description: 'Close an escalation that went nowhere: why, what was learnt and what was done next.',
  },
  CorrectSmallChangeDate: correctionRow(
    smallChangeAggregate,
    CorrectSmallChangeDateInput,
    'Correct the date of a step of a small change.',
  ),
};

const review = {
  decider: reviewAggregate,
  payload: ReviewPayload,
  answer: itemNamedBy('review', 'reviewId'),
} as const;

export const REVIEW_COMMANDS: CommandRows<ReviewCommand['type']> = {
  HoldReview: {
    ...review,
    input: HoldReviewInput,
    roles: LEADS,
    description: 'Record a review, check-in or sensemaking session held.',
    newIds: { reviewId: 'review' },
  },
  RecordInsight: {
    ...review,
    input: RecordInsightInput,
    roles: RECORDERS,
    description: 'Record a challenge or opportunity noticed at a review.',
    newIds: { insightId: 'insight' },
  },
  RecordDecision: {
    ...review,
    input: RecordDecisionInput,
    roles: LEADS,
    description: 'Record what a review decided, why, and what it affects.',
    newIds: { decisionId: 'decision' },
    data: (input) => ({ ...input, affects: input.affects.map(({ kind, id }) => ({ kind, id })) }),
  },
  CorrectReviewDate: correctionRow(
    reviewAggregate,
    CorrectReviewDateInput,
    'Correct the date of a review (its decisions move with it), or of one of its insights or decisions.',
  ),
};
