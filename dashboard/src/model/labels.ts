/**
 * The words a person reads for each value the API spells in UPPER_CASE. One table per enum, typed
 * as a complete record of the generated union: when the schema gains a value (and codegen the
 * union), the table stops compiling until someone writes its words, so a raw "NOT_SUPPORTED" never
 * reaches the page. The API's few free-text codes (a recorded role, an item's kind) have tables too,
 * with plain words as the fallback for values a later version may add.
 */
import type {
  BlueprintChangeKind,
  CallerRole,
  ChangeAroundKind,
  Direction,
  ElementKind,
  EventKind,
  EvidenceKind,
  ExperimentResult,
  ExperimentStatus,
  Level,
  MeasurementSourceKind,
  NextStep,
  PhaseStatus,
  ProgrammeStatus,
  RunsLimits,
  SignalDirection,
  SignalRule,
  SmallChangeStatus,
  Verdict,
} from '../generated/graphql';
import { words } from './format';

/** Words for every value of one enum: a missing or unknown value is a type error. */
export type Labels<Value extends string> = { readonly [V in Value]: string };

export const BLUEPRINT_CHANGE: Labels<BlueprintChangeKind> = {
  ADDED: 'added',
  REMOVED: 'removed',
  REVISED: 'revised',
};

export const CALLER_ROLE: Labels<CallerRole> = {
  ADMIN: 'admin',
  AUDITOR: 'auditor',
  EVALUATOR: 'evaluator',
  FACILITATOR: 'facilitator',
  LEADER: 'leader',
  PRACTITIONER: 'practitioner',
};

export const CHANGE_AROUND: Labels<ChangeAroundKind> = {
  BLUEPRINT_VERSION_PUBLISHED: 'blueprint version published',
  EXPERIMENT_CONCLUDED: 'experiment concluded',
  EXPERIMENT_STARTED: 'experiment started',
  EXPERIMENT_STOPPED_EARLY: 'experiment stopped early',
  SMALL_CHANGE_IMPLEMENTED: 'small change implemented',
};

export const DIRECTION: Labels<Direction> = {
  HIGHER_IS_BETTER: 'higher is better',
  LOWER_IS_BETTER: 'lower is better',
};

export const ELEMENT_KIND: Labels<ElementKind> = {
  CULTURAL_CHANGE: 'cultural change',
  EXPERIMENT: 'experiment',
  MEASUREMENT_MECHANISM: 'measurement mechanism',
  PROCESS_CHANGE: 'process change',
  STRUCTURAL_CHANGE: 'structural change',
};

/** In the order the journey's filter offers them. */
export const EVENT_KIND: Labels<EventKind> = {
  PROGRAMME: 'programme',
  SMALL_CHANGE: 'small change',
  BARRIER: 'barrier',
  EXPERIMENT: 'experiment',
  BLUEPRINT: 'blueprint',
  REVIEW: 'review',
  MEASUREMENT: 'measurement',
  SURVEY_ROUND: 'survey round',
  FEEDBACK_ROUND: 'staff feedback',
};

export const EVIDENCE_KIND: Labels<EvidenceKind> = {
  EXPERIMENT_CONCLUSION: 'experiment conclusion',
  FEEDBACK_ROUND: 'staff feedback round',
  REVIEW_DECISION: 'review decision',
  SMALL_CHANGE_REVIEW: 'small-change review',
  SURVEY_ROUND: 'survey round',
};

export const EXPERIMENT_RESULT: Labels<ExperimentResult> = {
  INCONCLUSIVE: 'inconclusive',
  NOT_SUPPORTED: 'not supported',
  SUPPORTED: 'supported',
};

export const EXPERIMENT_STATUS: Labels<ExperimentStatus> = {
  CONCLUDED: 'concluded',
  DESIGNED: 'designed',
  RUNNING: 'running',
  STOPPED_EARLY: 'stopped early',
};

/** In the order co-ownership lists them, from practitioners up. */
export const LEVEL: Labels<Level> = {
  PRACTITIONER: 'practitioner',
  MANAGER: 'manager',
  SENIOR_LEADER: 'senior leader',
  EXTERNAL: 'external',
};

export const MEASUREMENT_SOURCE: Labels<MeasurementSourceKind> = {
  CASE_RECORDS: 'case records',
  OTHER: 'other',
  SURVEY_ROUND: 'survey round',
  TIME_DIARY: 'time diary',
};

export const NEXT_STEP: Labels<NextStep> = {
  ABANDON: 'abandon',
  ADAPT: 'adapt',
  ADOPT: 'adopt',
};

export const PHASE_STATUS: Labels<PhaseStatus> = {
  COMPLETED: 'completed',
  IN_PROGRESS: 'in progress',
  NOT_STARTED: 'not started',
};

export const PROGRAMME_STATUS: Labels<ProgrammeStatus> = {
  ACTIVE: 'active',
  CLOSED: 'closed',
};

/** What a runs count's limits rest on, said after them (nothing for the table, the usual case). */
export const RUNS_LIMITS: Labels<RunsLimits> = {
  TABLE: '',
  EXACT_DISTRIBUTION: ' (exact distribution, beyond the table)',
};

export const SIGNAL_DIRECTION: Labels<SignalDirection> = {
  ABOVE: 'above',
  BELOW: 'below',
  FALLING: 'falling',
  RISING: 'rising',
  TOO_FEW: 'too few',
  TOO_MANY: 'too many',
};

export const SIGNAL_RULE: Labels<SignalRule> = {
  ASTRONOMICAL: 'astronomical point',
  RUNS: 'runs',
  SHIFT: 'shift',
  TREND: 'trend',
};

export const SMALL_CHANGE_STATUS: Labels<SmallChangeStatus> = {
  ADAPTED: 'adapted',
  AGREED: 'agreed',
  DECLINED: 'declined',
  ESCALATED: 'escalated',
  IMPLEMENTED: 'implemented',
  KEPT: 'kept',
  PROPOSED: 'proposed',
  REVERTED: 'reverted',
  REVIEWED: 'reviewed',
};

export const VERDICT: Labels<Verdict> = {
  ADAPT: 'adapt',
  KEEP: 'keep',
  REVERT: 'revert',
};

/** The kinds of item the journey links to (the schema's JourneyLink.kind, a string). */
const ITEM_KIND: Readonly<Record<string, string>> = {
  programme: 'programme',
  team: 'team',
  participant: 'participant',
  metric: 'metric',
  barrier: 'barrier',
  smallChange: 'small change',
  review: 'review',
  decision: 'decision',
  experiment: 'experiment',
  blueprint: 'blueprint',
  blueprintElement: 'blueprint element',
  blueprintVersion: 'blueprint version',
  surveyRound: 'survey round',
};

export const itemKindLabel = (kind: string): string => ITEM_KIND[kind] ?? words(kind);

/** The role an entry was recorded in, stored as the caller's role then ("leader"). */
export const recordedRoleLabel = (role: string): string =>
  CALLER_ROLE[role.toUpperCase() as CallerRole] ?? words(role);

/** A label as a CSS class name: "not supported" → "not-supported". */
export const classOf = (label: string): string => label.trim().replace(/\s+/g, '-');
