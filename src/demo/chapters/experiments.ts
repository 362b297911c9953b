/** Chapter 4: test and learn. One experiment not supported, one stopped early, two supported (one adapted on the way). */
import { step, type DemoStep } from '../steps';

const METRICS = ['metric-time-with-families', 'metric-recording-hours'];

const design = (
  on: string,
  by: 'marcus' | 'olu',
  experimentId: string,
  title: string,
  ifWe: string,
  barrierId: string,
  blueprintElementId: string,
  plannedStart: string,
  reviewDate: string,
) =>
  step(on, by, 'DesignExperiment', {
    experimentId,
    title,
    hypothesis: { ifWe, weExpect: 'more time with families', because: 'fewer things compete for that time' },
    barrierIds: [barrierId],
    blueprintElementId,
    measureIds: METRICS,
    plannedStart,
    reviewDate,
  });

/** Test and learn begins: three experiments designed against the blueprint's elements. */
const firstExperimentsDesigned = (): DemoStep[] => [
  step('2025-01-20', 'grace', 'StartPhase', { phaseId: 'testAndLearn' }),
  design(
    '2025-01-20',
    'marcus',
    'experiment-thursday-mornings',
    'Protected Thursday visit mornings',
    'keep Thursday mornings free of meetings and duty',
    'barrier-duty-rota',
    'element-visit-mornings',
    '2025-01-27',
    '2025-03-24',
  ),
  design(
    '2025-01-20',
    'marcus',
    'experiment-rota-blocks',
    'Duty in weekly blocks',
    'run duty in weekly blocks instead of single days',
    'barrier-duty-rota',
    'element-rota-blocks',
    '2025-01-27',
    '2025-04-07',
  ),
  design(
    '2025-01-22',
    'olu',
    'experiment-paired-visits',
    'Paired first visits',
    'pair practitioners for first visits and share the travel',
    'barrier-travel',
    'element-paired-visits',
    '2025-02-03',
    '2025-04-28',
  ),
];

/** The first three run: one stopped early, one not supported, one supported. */
const firstExperimentsRun = (): DemoStep[] => [
  step('2025-01-27', 'marcus', 'StartExperiment', { experimentId: 'experiment-thursday-mornings' }),
  step('2025-01-27', 'marcus', 'StartExperiment', { experimentId: 'experiment-rota-blocks' }),
  step('2025-02-03', 'olu', 'StartExperiment', { experimentId: 'experiment-paired-visits' }),
  step('2025-03-03', 'olu', 'StopExperiment', {
    experimentId: 'experiment-paired-visits',
    rationale: 'Two vacancies over the winter meant pairs could not be formed',
    learning: 'Pairing needs full staffing; the travel planner small change gave some of the same benefit',
    decision: { reviewId: 'review-2025-02', decisionId: 'decision-pause-paired' },
  }),
  step('2025-03-24', 'marcus', 'ConcludeExperiment', {
    experimentId: 'experiment-thursday-mornings',
    result: 'notSupported',
    learning: 'Emergencies cluster on any fixed day; a fixed morning does not protect time',
    nextStep: 'adapt',
  }),
  step('2025-04-07', 'marcus', 'ConcludeExperiment', {
    experimentId: 'experiment-rota-blocks',
    result: 'supported',
    learning: 'Fewer handovers and more continuity with families; time with families rose',
    nextStep: 'adopt',
  }),
];

/** Learning from the fixed morning: flexible protected hours, adapted on the way and supported. */
const flexibleHoursExperiment = (): DemoStep[] => [
  design(
    '2025-04-14',
    'marcus',
    'experiment-flexible-hours',
    'Flexible protected visit hours',
    'let each practitioner protect eight hours a week at times that suit families',
    'barrier-duty-rota',
    'element-visit-mornings',
    '2025-04-22',
    '2025-08-18',
  ),
  step('2025-04-22', 'marcus', 'StartExperiment', { experimentId: 'experiment-flexible-hours' }),
  step('2025-06-09', 'marcus', 'AdaptExperiment', {
    experimentId: 'experiment-flexible-hours',
    change: 'Protected hours can be swapped between colleagues in the same team',
    rationale: 'Fixed personal hours clashed with court dates',
  }),
  step('2025-08-18', 'marcus', 'ConcludeExperiment', {
    experimentId: 'experiment-flexible-hours',
    result: 'supported',
    learning: 'Protected hours that follow the families held time with families near 30%',
    nextStep: 'adopt',
  }),
];

/** Test and learn completes; methodology and spread begins. */
const testAndLearnCompleted = (): DemoStep[] => [
  step('2025-09-01', 'grace', 'CompletePhase', {
    phaseId: 'testAndLearn',
    summary: 'Four experiments: two supported, one not supported, one stopped early',
  }),
  step('2025-09-08', 'grace', 'StartPhase', { phaseId: 'methodologyAndSpread' }),
];

export const experiments = (): DemoStep[] => [
  ...firstExperimentsDesigned(),
  ...firstExperimentsRun(),
  ...flexibleHoursExperiment(),
  ...testAndLearnCompleted(),
];
