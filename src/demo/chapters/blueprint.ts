/**
 * Chapters 3 and 4: sensemaking, the co-designed blueprint (versions 1 to 3) and the experiments
 * whose conclusions, with review decisions and survey rounds, are the evidence for each adaptation.
 */
import { ids, step, type DemoStep } from '../steps';

const OWNERS = ids('ines', 'rhea', 'marcus');
const element = (elementId: string, kind: string, title: string, barrierId: string, description: string) => ({
  elementId,
  kind,
  title,
  description,
  barrierIds: [barrierId],
  ownerIds: OWNERS,
});
const conclusion = (id: string) => ({ kind: 'experimentConclusion', id });
const decision = (id: string, decisionId: string) => ({ kind: 'reviewDecision', id, decisionId });
const surveyRound = (id: string) => ({ kind: 'surveyRound', id });

const INSIGHTS = [
  ['challenge', 'Recording habits follow what an inspection once asked for', 'barrier-triple-recording'],
  [
    'challenge',
    'Nobody owns the whole week: the rota, panels and travel each take a piece',
    'barrier-duty-rota',
  ],
  ['opportunity', 'Protected visit time is possible if the duty rota changes', 'barrier-duty-rota'],
  ['opportunity', 'Supervisors are trusted to judge minor plan updates', 'barrier-sign-off'],
] as const;

/** The sensemaking session: the phase starts, and the insights that name the barriers. */
const sensemaking = (): DemoStep[] => [
  step('2024-12-16', 'grace', 'StartPhase', { phaseId: 'sensemakingAndBlueprint' }),
  step('2024-12-18', 'sam', 'HoldReview', {
    reviewId: 'review-sensemaking',
    kind: 'sensemakingSession',
    attendeeIds: ids('ines', 'kofi', 'rhea', 'marcus', 'olu', 'grace', 'sam'),
  }),
  ...INSIGHTS.map(([kind, statement, barrierId], n) =>
    step('2024-12-18', 'sam', 'RecordInsight', {
      reviewId: 'review-sensemaking',
      insightId: `insight-${n + 1}`,
      kind,
      statement,
      barrierIds: [barrierId],
    }),
  ),
];

/** Version 1, co-designed: what will be tested and how anyone will know; the phase completes. */
const firstBlueprint = (): DemoStep[] => [
  step('2025-01-08', 'sam', 'DraftBlueprint', { coOwnerIds: ids('ines', 'rhea', 'marcus', 'grace') }),
  step('2025-01-08', 'ines', 'AddBlueprintElement', {
    ...element(
      'element-rota-blocks',
      'experiment',
      'Duty in weekly blocks',
      'barrier-duty-rota',
      'Each practitioner is on duty one week in four instead of a day here and there',
    ),
  }),
  step('2025-01-08', 'ines', 'AddBlueprintElement', {
    ...element(
      'element-visit-mornings',
      'experiment',
      'Protected Thursday visit mornings',
      'barrier-duty-rota',
      'No meetings or duty on Thursday mornings',
    ),
  }),
  step('2025-01-08', 'rhea', 'AddBlueprintElement', {
    ...element(
      'element-one-note',
      'processChange',
      'One visit note, written once',
      'barrier-triple-recording',
      'The visit note is copied to the case file and the supervision record',
    ),
  }),
  step('2025-01-08', 'kofi', 'AddBlueprintElement', {
    ...element(
      'element-paired-visits',
      'experiment',
      'Paired first visits for adolescents',
      'barrier-travel',
      'Two practitioners share the first visits and the travel',
    ),
  }),
  step('2025-01-08', 'rhea', 'AddBlueprintElement', {
    ...element(
      'element-pulse-survey',
      'measurementMechanism',
      'Fortnightly practitioner pulse survey',
      'barrier-triple-recording',
      'Five questions, two minutes, every other Friday',
    ),
  }),
  step('2025-01-13', 'grace', 'PublishBlueprintVersion', {
    summary: 'The first blueprint: what we will test, and how we will know',
    endorsedBy: ids('ines', 'marcus', 'grace'),
  }),
  step('2025-01-15', 'grace', 'CompletePhase', {
    phaseId: 'sensemakingAndBlueprint',
    summary: 'Insights recorded and blueprint version 1 published',
  }),
];

/** Version 2, adapted after the first experiments, each change citing its evidence. */
const blueprintAdaptedAfterExperiments = (): DemoStep[] => [
  step('2025-04-14', 'ines', 'ReviseBlueprintElement', {
    ...element(
      'element-visit-mornings',
      'experiment',
      'Flexible protected visit hours',
      'barrier-duty-rota',
      'Each practitioner protects eight hours a week, at times that suit their families',
    ),
    rationale: 'A fixed morning did not protect time: emergencies clustered on it',
    evidence: [
      conclusion('experiment-thursday-mornings'),
      decision('review-2025-03', 'decision-flexible-hours'),
    ],
  }),
  step('2025-04-14', 'rhea', 'ReviseBlueprintElement', {
    ...element(
      'element-rota-blocks',
      'processChange',
      'Duty in weekly blocks for both teams',
      'barrier-duty-rota',
      'Each practitioner is on duty one week in four',
    ),
    rationale: 'The rota experiment was supported and the pulse survey moved',
    evidence: [conclusion('experiment-rota-blocks'), surveyRound('survey-2025-03-28')],
  }),
  step('2025-04-14', 'kofi', 'RemoveBlueprintElement', {
    elementId: 'element-paired-visits',
    rationale: 'Paused until vacancies are filled; the stopped experiment’s learning is kept',
    evidence: [decision('review-2025-02', 'decision-pause-paired')],
  }),
  step('2025-04-14', 'rhea', 'AddBlueprintElement', {
    ...element(
      'element-supervisor-sign-off',
      'processChange',
      'Supervisors sign off minor plan updates',
      'barrier-sign-off',
      'Updates that change no risk rating are signed off by practice supervisors',
    ),
    rationale: 'The adapted small change freed manager time without losing sight of risk',
    evidence: [{ kind: 'smallChangeReview', id: 'sc-5' }],
  }),
  step('2025-04-22', 'grace', 'PublishBlueprintVersion', {
    summary: 'Adapted after the first experiments',
    endorsedBy: ids('ines', 'rhea', 'marcus'),
  }),
];

/** Version 3: the blueprint the service will keep. */
const blueprintToKeep = (): DemoStep[] => [
  step('2025-09-15', 'ines', 'ReviseBlueprintElement', {
    ...element(
      'element-visit-mornings',
      'processChange',
      'Protected visit hours, swappable within the team',
      'barrier-duty-rota',
      'Eight protected hours a week; colleagues can swap them around court dates',
    ),
    rationale: 'Supported by the flexible hours experiment and held for three months in the pulse survey',
    evidence: [
      conclusion('experiment-flexible-hours'),
      decision('review-2025-08', 'decision-adopt-flexible-hours'),
      surveyRound('survey-2025-08-29'),
    ],
  }),
  step('2025-09-15', 'rhea', 'AddBlueprintElement', {
    ...element(
      'element-relational-check-ins',
      'culturalChange',
      'Monthly relational practice check-ins',
      'barrier-sign-off',
      'An hour a month in each team on relationships with families, not process',
    ),
    rationale: 'Freed time was filling with process again',
    evidence: [decision('review-2025-07', 'decision-relational-time'), surveyRound('survey-2025-07-18')],
  }),
  step('2025-09-22', 'grace', 'PublishBlueprintVersion', {
    summary: 'The blueprint the service will keep',
    endorsedBy: ids('ines', 'marcus', 'grace'),
  }),
];

export const sensemakingAndBlueprint = (): DemoStep[] => [
  ...sensemaking(),
  ...firstBlueprint(),
  ...blueprintAdaptedAfterExperiments(),
  ...blueprintToKeep(),
];
