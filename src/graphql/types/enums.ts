/**
 * The domain's closed lists as GraphQL enums. The API spells each value in UPPER_CASE, as GraphQL
 * convention has it (`STOPPED_EARLY`); resolvers, the domain and the stored events keep the
 * domain's own spelling (`stoppedEarly`): type-graphql maps one to the other at the edge.
 */
import { registerEnumType } from 'type-graphql';
import { BARRIER_KINDS, BARRIER_SCOPES, BARRIER_SOURCES } from '../../domain/barrier/events';
import { ELEMENT_KINDS, EVIDENCE_KINDS } from '../../domain/blueprint/events';
import { NEXT_STEPS, RESULTS } from '../../domain/experiment/events';
import { MEASUREMENT_SOURCES } from '../../domain/measurement/events';
import { DIRECTIONS, LEVELS, ROLES, TEAM_KINDS } from '../../domain/programme/events';
import { AFFECTED_KINDS, INSIGHT_KINDS, REVIEW_KINDS } from '../../domain/review/events';
import { VERDICTS } from '../../domain/smallChange/events';
import { AUDIENCES } from '../../domain/surveyRound/events';
import { FEEDBACK_ITEM_KINDS } from '../../domain/feedbackRound/events';
import { BARRIER_STATUSES } from '../../projections/barriers';
import { EXPERIMENT_STATUSES } from '../../projections/experiments';
import type { ChangeKind } from '../../projections/blueprint';
import type { Phase, ProgrammeDocument } from '../../projections/programme';
import { EVENT_KINDS } from '../../projections/ledgerRecord';
import { FOLLOWING_STEP_KINDS } from '../../projections/followingStep';
import { SMALL_CHANGE_STATUSES } from '../../projections/smallChanges';
import { CALLER_ROLES } from '../auth/roles';

/** `stoppedEarly` → `STOPPED_EARLY`. */
export const apiName = (value: string): string => value.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** An enum whose every value is described: a value left undescribed does not compile. */
export const enumOf = <T extends string>(
  values: readonly T[],
  name: string,
  description: string,
  described: { readonly [K in T]: string },
) => {
  const members = Object.fromEntries(values.map((value) => [apiName(value), value])) as Record<string, T>;
  const valuesConfig = Object.fromEntries(
    values.map((value) => [apiName(value), { description: described[value] }]),
  );
  registerEnumType(members, { name, description, valuesConfig });
  return members;
};

export const Level = enumOf(
  LEVELS,
  'Level',
  'How senior a participant is; co-ownership across levels counts these.',
  {
    practitioner: 'Works directly with children and families: social workers and their like.',
    manager: 'Manages a team or a practice: practice supervisors, team and service managers.',
    seniorLeader: "Leads the service: senior leaders and directors of children's services.",
    external: 'From outside the authority: coaches, facilitators, volunteers and partner agencies.',
  },
);
export const ParticipantRole = enumOf(ROLES, 'ParticipantRole', "A participant's job in the programme.", {
  socialWorker: 'A social worker.',
  practiceSupervisor: 'A practice supervisor.',
  teamManager: 'A team manager.',
  serviceManager: 'A service manager.',
  seniorLeader: 'A senior leader of the service.',
  director: "A director of children's services.",
  coach: 'A coach or facilitator supporting the programme.',
  volunteer: 'A volunteer.',
  partnerAgency: 'Someone from a partner agency (health, police, education, …).',
});
export const TeamKind = enumOf(TEAM_KINDS, 'TeamKind', 'What kind of team is enrolled.', {
  statutory: 'A statutory social work team, e.g. front door or assessment.',
  specialist: 'A specialist team, e.g. an exploitation or edge-of-care team.',
  wholeService: 'The whole service taking part as one team.',
});
export const Direction = enumOf(DIRECTIONS, 'Direction', 'Which way a metric should move.', {
  higherIsBetter: 'A rise is an improvement, e.g. % of time spent with families.',
  lowerIsBetter: 'A fall is an improvement, e.g. hours spent on recording.',
});
export const BarrierKind = enumOf(BARRIER_KINDS, 'BarrierKind', 'What kind of obstacle a barrier is.', {
  process: 'A process or procedure, e.g. a form filled in twice.',
  structure: 'How teams or work are organised, e.g. a duty rota.',
  culture: 'Habits, beliefs or ways of working.',
  technology: 'A system or device.',
  rule: 'A rule, policy, regulation or law.',
});
export const BarrierScope = enumOf(
  BARRIER_SCOPES,
  'BarrierScope',
  'Local barriers the authority can remove; national ones need national change.',
  {
    local: "Within the local authority's own power to change.",
    national: 'Needs regulation or legislation to change: a small change cannot remove it.',
  },
);
export const BarrierSourceKind = enumOf(
  BARRIER_SOURCES,
  'BarrierSourceKind',
  'Where a barrier was first noticed.',
  {
    smallChange: 'While making a small change (its id is given).',
    sensemaking: 'At a sensemaking session (its review id is given).',
    survey: 'In a survey round (its id is given).',
    review: 'At a review (its id is given).',
    other: 'Anywhere else.',
  },
);
export const BarrierStatus = enumOf(BARRIER_STATUSES, 'BarrierStatus', 'Whether a barrier still stands.', {
  open: 'Still in the way.',
  resolved: 'Resolved, with how it was resolved.',
});
export const SmallChangeStatus = enumOf(
  SMALL_CHANGE_STATUSES,
  'SmallChangeStatus',
  'Where a small change is in its life.',
  {
    proposed: 'Proposed by practitioners, waiting to be agreed or declined.',
    agreed: 'Agreed, not yet implemented.',
    declined: 'Declined, with the rationale.',
    implemented: 'Implemented in practice, not yet reviewed.',
    kept: 'Reviewed with the verdict keep.',
    reviewed: 'Reviewed with the verdict adapt or revert, which is still to be recorded.',
    adapted: 'Adapted after it was implemented, with the rationale.',
    reverted: 'Reverted, with the rationale.',
    escalated: 'Escalated: it needs national change, and raised a national barrier.',
  },
);
export const Verdict = enumOf(VERDICTS, 'Verdict', 'What a review of a small change concluded.', {
  keep: 'Keep it as it is.',
  adapt: 'Keep it, changed.',
  revert: 'Undo it.',
});
export const ExperimentStatus = enumOf(
  EXPERIMENT_STATUSES,
  'ExperimentStatus',
  'Where an experiment is in its life.',
  {
    designed: 'Designed, not yet started.',
    running: 'Started and not yet ended.',
    concluded: 'Concluded with a result, the learning and the next step.',
    stoppedEarly: 'Stopped before its review date, with why and what was learnt.',
  },
);
export const ExperimentResult = enumOf(
  RESULTS,
  'ExperimentResult',
  'Whether the evidence supported the hypothesis.',
  {
    supported: 'The evidence supported the hypothesis.',
    notSupported: 'The evidence did not support the hypothesis.',
    inconclusive: 'The evidence was not enough to tell.',
  },
);
export const NextStep = enumOf(NEXT_STEPS, 'NextStep', 'What the programme will do after an experiment.', {
  adopt: 'Adopt what was tested as it is.',
  adapt: 'Change it and try again.',
  abandon: 'Stop doing it.',
});
export const ReviewKind = enumOf(REVIEW_KINDS, 'ReviewKind', 'The kind of meeting a review is.', {
  monthlySeniorLeaderReview: 'The monthly review with senior leaders.',
  internalProgressReview: 'The monthly internal review of progress against outcomes and metrics.',
  teamCheckIn: "A team's fortnightly check-in.",
  sensemakingSession: 'A sensemaking workshop of practitioners and leaders.',
});
export const InsightKind = enumOf(
  INSIGHT_KINDS,
  'InsightKind',
  'Whether an insight is a challenge or an opportunity.',
  {
    challenge: 'Something that makes the work harder.',
    opportunity: 'Something the programme could build on.',
  },
);
export const AffectedKind = enumOf(AFFECTED_KINDS, 'AffectedKind', 'The kind of item a decision affects.', {
  smallChange: 'A small change.',
  experiment: 'An experiment.',
  blueprintElement: 'An element of the blueprint.',
  metric: 'A metric.',
});
export const ElementKind = enumOf(
  ELEMENT_KINDS,
  'ElementKind',
  'What kind of part of the blueprint an element is.',
  {
    experiment: 'An experiment to run.',
    structuralChange: 'A change to how teams and work are organised.',
    processChange: 'A change to a process or procedure.',
    culturalChange: 'A change to habits and ways of working.',
    measurementMechanism: 'A way of measuring progress.',
  },
);
export const EvidenceKind = enumOf(
  EVIDENCE_KINDS,
  'EvidenceKind',
  'What a blueprint change cites as its evidence.',
  {
    experimentConclusion: "An experiment's conclusion (id: the experiment).",
    reviewDecision: 'A decision taken at a review (id: the review, with decisionId).',
    surveyRound: 'A survey round (id: the survey round).',
    smallChangeReview: "A small change's review (id: the small change).",
    feedbackRound: 'A round of staff feedback (id: the feedback round).',
  },
);
export const FeedbackItemKind = enumOf(
  FEEDBACK_ITEM_KINDS,
  'FeedbackItemKind',
  'What staff were asked about in a feedback round.',
  {
    smallChange: 'A small change (id: the small change).',
    experiment: 'An experiment (id: the experiment).',
    blueprintElement: 'An element of the blueprint (id: the element).',
    vision: "The programme's vision (no id).",
  },
);
export const FollowingStepKind = enumOf(
  FOLLOWING_STEP_KINDS,
  'FollowingStepKind',
  'A step that followed from a review decision.',
  {
    experimentStopped: 'An experiment stopped early.',
    smallChangeDeclined: 'A small change declined.',
    smallChangeAdapted: 'A small change adapted.',
    smallChangeReverted: 'A small change reverted.',
    blueprintElementChanged:
      'A blueprint element added, revised or removed, citing the decision as evidence.',
    feedbackAnswered: 'Something done in answer to staff feedback.',
    decisionRecorded:
      'A decision recorded at a review (the item is the review; the title, what was decided).',
  },
);
export const MeasurementSourceKind = enumOf(
  MEASUREMENT_SOURCES,
  'MeasurementSourceKind',
  'Where a measurement came from.',
  {
    surveyRound: 'A survey round (its id is given).',
    caseRecords: 'Case records, counted in aggregate.',
    timeDiary: 'Time diaries kept by practitioners.',
    other: 'Anywhere else (described).',
  },
);
export const Audience = enumOf(AUDIENCES, 'Audience', 'Who answered a survey round.', {
  practitioners: 'Practitioners, usually in the fortnightly pulse survey.',
  childrenAndFamilies: 'Children and families, in aggregate only.',
});
export const EventKind = enumOf(
  [...new Set(Object.values(EVENT_KINDS))],
  'EventKind',
  'What a journey entry is about.',
  {
    programme: 'The programme itself: vision, theory of change, teams, people, outcomes, metrics, phases.',
    barrier: 'A barrier.',
    smallChange: 'A small change.',
    review: 'A review, its insights and decisions.',
    experiment: 'An experiment.',
    blueprint: 'The blueprint: co-owners, elements and published versions.',
    measurement: 'A measurement or its correction.',
    surveyRound: 'A survey round.',
    feedbackRound: 'A round of staff feedback, what was done in answer, and the consequences it flagged.',
  },
);
export const CallerRole = enumOf(CALLER_ROLES, 'CallerRole', 'What a token allows.', {
  practitioner:
    'Records within the programmes they take part in: small changes, barriers, insights, blueprint elements.',
  leader:
    'As a practitioner, and agrees, declines and escalates, steers phases, reviews, experiments and versions.',
  facilitator: 'As a leader (but may not close a programme), and enrols teams and participants.',
  evaluator: 'Reads every programme: overviews, lists, run charts, the blueprint, the journey.',
  auditor: 'As an evaluator, and reads the raw event history with its metadata.',
  admin:
    'Launches and closes programmes, enrols, issues and revokes API keys, erases people; reads everything.',
});

export const PhaseStatus = enumOf(
  ['notStarted', 'inProgress', 'completed'] satisfies Phase['status'][],
  'PhaseStatus',
  'Where a phase of the programme stands.',
  {
    notStarted: 'Not started yet.',
    inProgress: 'Started and not yet completed.',
    completed: 'Completed, with a summary of what it achieved.',
  },
);
export const ProgrammeStatus = enumOf(
  ['active', 'closed'] satisfies ProgrammeDocument['status'][],
  'ProgrammeStatus',
  'Whether a programme is still running.',
  { active: 'Running: things are being recorded in it.', closed: 'Closed, with a summary.' },
);
export const BlueprintChangeKind = enumOf(
  ['added', 'revised', 'removed'] satisfies ChangeKind[],
  'BlueprintChangeKind',
  'What a change did to an element of the blueprint.',
  {
    added: 'The element was added.',
    revised: 'The element was revised: its kind, title, description, barriers or owners.',
    removed: 'The element was removed.',
  },
);
/** The domain's value behind an enum above: `ValueOf<typeof Level>` is the domain's Level. */
export type ValueOf<E> = E[keyof E];
