/** The domain's closed lists as GraphQL enums; values keep the domain's own spelling. */
import { registerEnumType } from 'type-graphql';
import { BARRIER_KINDS, BARRIER_SCOPES, BARRIER_SOURCES } from '../../domain/barrier/events';
import { ELEMENT_KINDS, EVIDENCE_KINDS } from '../../domain/blueprint/events';
import { NEXT_STEPS, RESULTS } from '../../domain/experiment/events';
import { MEASUREMENT_SOURCES } from '../../domain/measurement/events';
import { DIRECTIONS, LEVELS, ROLES, TEAM_KINDS } from '../../domain/programme/events';
import { AFFECTED_KINDS, INSIGHT_KINDS, REVIEW_KINDS } from '../../domain/review/events';
import { VERDICTS } from '../../domain/smallChange/events';
import { AUDIENCES } from '../../domain/surveyRound/events';
import { BARRIER_STATUSES } from '../../projections/barriers';
import { EXPERIMENT_STATUSES } from '../../projections/experiments';
import { EVENT_KINDS } from '../../projections/ledgerRecord';
import { SMALL_CHANGE_STATUSES } from '../../projections/smallChanges';
import { CALLER_ROLES } from '../auth/rights';

const enumOf = <T extends string>(values: readonly T[], name: string, description: string) => {
  const members = Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
  registerEnumType(members, { name, description });
  return members;
};

export const Level = enumOf(LEVELS, 'Level', 'How senior a participant is.');
export const ParticipantRole = enumOf(ROLES, 'ParticipantRole', "A participant's job in the programme.");
export const TeamKind = enumOf(TEAM_KINDS, 'TeamKind', 'What kind of team is enrolled.');
export const Direction = enumOf(DIRECTIONS, 'Direction', 'Which way a metric should move.');
export const BarrierKind = enumOf(BARRIER_KINDS, 'BarrierKind', 'What kind of obstacle a barrier is.');
export const BarrierScope = enumOf(
  BARRIER_SCOPES,
  'BarrierScope',
  'Local barriers the authority can remove; national ones need national change.',
);
export const BarrierSourceKind = enumOf(
  BARRIER_SOURCES,
  'BarrierSourceKind',
  'Where a barrier was first noticed.',
);
export const BarrierStatus = enumOf(BARRIER_STATUSES, 'BarrierStatus', 'Whether a barrier still stands.');
export const SmallChangeStatus = enumOf(
  SMALL_CHANGE_STATUSES,
  'SmallChangeStatus',
  'Where a small change is in its life.',
);
export const Verdict = enumOf(VERDICTS, 'Verdict', 'What a review of a small change concluded.');
export const ExperimentStatus = enumOf(
  EXPERIMENT_STATUSES,
  'ExperimentStatus',
  'Where an experiment is in its life.',
);
export const ExperimentResult = enumOf(
  RESULTS,
  'ExperimentResult',
  'Whether the evidence supported the hypothesis.',
);
export const NextStep = enumOf(NEXT_STEPS, 'NextStep', 'What the programme will do after an experiment.');
export const ReviewKind = enumOf(REVIEW_KINDS, 'ReviewKind', 'The kind of meeting a review is.');
export const InsightKind = enumOf(
  INSIGHT_KINDS,
  'InsightKind',
  'Whether an insight is a challenge or an opportunity.',
);
export const AffectedKind = enumOf(AFFECTED_KINDS, 'AffectedKind', 'The kind of item a decision affects.');
export const ElementKind = enumOf(
  ELEMENT_KINDS,
  'ElementKind',
  'What kind of part of the blueprint an element is.',
);
export const EvidenceKind = enumOf(
  EVIDENCE_KINDS,
  'EvidenceKind',
  'What a blueprint change cites as its evidence.',
);
export const MeasurementSourceKind = enumOf(
  MEASUREMENT_SOURCES,
  'MeasurementSourceKind',
  'Where a measurement came from.',
);
export const Audience = enumOf(AUDIENCES, 'Audience', 'Who answered a survey round.');
export const EventKind = enumOf(
  [...new Set(Object.values(EVENT_KINDS))],
  'EventKind',
  'What a journey entry is about.',
);
export const CallerRole = enumOf(
  CALLER_ROLES,
  'CallerRole',
  'What a token allows: practitioner, leader and facilitator record in their programmes; evaluator reads; auditor reads the raw history too; admin manages programmes and tokens.',
);

/** The values of an enum above, as a type: `ValueOf<typeof Level>` is the domain's Level. */
export type ValueOf<E> = E[keyof E];
