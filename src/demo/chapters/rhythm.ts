/**
 * Chapter 5, running through all the others: a monthly senior leaders' review with its decision,
 * and a fortnightly pulse survey whose scores become measurements (one of them corrected).
 */
import { addDays } from '../../projections/dates';
import { ids, step, type DemoStep } from '../steps';

type Affected = { kind: string; id: string };
const REVIEWS: readonly [string, string, string, string, Affected[]][] = [
  [
    '2024-09-30',
    'decision-pulse-survey',
    'Run a fortnightly pulse survey of practitioners',
    'We need to know whether time with families changes, not guess',
    [{ kind: 'metric', id: 'metric-time-with-families' }],
  ],
  [
    '2024-10-28',
    'decision-small-change-window',
    'Give the teams ten weeks for twelve small changes',
    'Small changes build confidence before bigger experiments',
    [],
  ],
  [
    '2024-11-25',
    'decision-keep-stand-up',
    'Keep the Monday stand-up at the front door',
    'Practitioners report an hour a week freed',
    [{ kind: 'smallChange', id: 'sc-2' }],
  ],
  [
    '2024-12-16',
    'decision-sensemaking',
    'Hold a sensemaking session before drafting the blueprint',
    'The barriers overlap; the blueprint should start from what they share',
    [],
  ],
  [
    '2025-01-27',
    'decision-test-rota',
    'Test weekly rota blocks and protected mornings side by side',
    'Both address the fragmented week; testing both shows which works',
    [
      { kind: 'blueprintElement', id: 'element-rota-blocks' },
      { kind: 'blueprintElement', id: 'element-visit-mornings' },
    ],
  ],
  [
    '2025-02-24',
    'decision-pause-paired',
    'Pause paired first visits until vacancies are filled',
    'Two vacancies mean pairs cannot be formed',
    [{ kind: 'experiment', id: 'experiment-paired-visits' }],
  ],
  [
    '2025-03-27',
    'decision-flexible-hours',
    'Replace fixed visit mornings with flexible protected hours',
    'The Thursday mornings experiment was not supported',
    [
      { kind: 'experiment', id: 'experiment-thursday-mornings' },
      { kind: 'blueprintElement', id: 'element-visit-mornings' },
    ],
  ],
  [
    '2025-04-28',
    'decision-rota-everywhere',
    'Run duty in weekly blocks in both teams',
    'The rota experiment was supported and the pulse survey moved',
    [{ kind: 'blueprintElement', id: 'element-rota-blocks' }],
  ],
  [
    '2025-05-27',
    'decision-recording-audit',
    'Audit which recording is required nationally and which is local habit',
    'Recording hours fall more slowly than time with families rises',
    [{ kind: 'metric', id: 'metric-recording-hours' }],
  ],
  [
    '2025-06-30',
    'decision-swap-hours',
    'Endorse swapping protected hours within a team',
    'Fixed personal hours clashed with court dates',
    [{ kind: 'experiment', id: 'experiment-flexible-hours' }],
  ],
  [
    '2025-07-28',
    'decision-relational-time',
    'Protect time each month to talk about relationships, not process',
    'Practitioners said freed time was filling with process again',
    [],
  ],
  [
    '2025-08-27',
    'decision-adopt-flexible-hours',
    'Adopt swappable protected visit hours as standard practice',
    'The flexible hours experiment was supported; time with families held near 30% for three months',
    [
      { kind: 'experiment', id: 'experiment-flexible-hours' },
      { kind: 'blueprintElement', id: 'element-visit-mornings' },
    ],
  ],
  [
    '2025-09-29',
    'decision-spread',
    'Write the methodology up for two more teams',
    'The blueprint is stable enough to be tried elsewhere',
    [],
  ],
  [
    '2025-10-27',
    'decision-keep-check-ins',
    'Keep the relational check-ins after the programme ends',
    'Both teams asked to keep them',
    [{ kind: 'blueprintElement', id: 'element-relational-check-ins' }],
  ],
  [
    '2025-11-24',
    'decision-close-out',
    'Prepare the closing evaluation and hand the blueprint to service leadership',
    'The programme reaches its planned fifteen months',
    [],
  ],
];

const monthlyReviews = (): DemoStep[] =>
  REVIEWS.flatMap(([on, decisionId, decision, rationale, affects]) => {
    const reviewId = `review-${on.slice(0, 7)}`;
    return [
      step(on, 'grace', 'HoldReview', {
        reviewId,
        kind: 'monthlySeniorLeaderReview',
        attendeeIds: ids('grace', 'marcus', 'olu', 'rhea', 'sam'),
      }),
      step(on, 'grace', 'RecordDecision', {
        reviewId,
        decisionId,
        decision,
        rationale,
        affects,
        followUpOwnerId: ids(on < '2025-01-01' ? 'sam' : 'marcus')[0],
      }),
    ];
  });

/** Pulse scores, one per round: a steady baseline, then a shift after the rota blocks and protected hours. */
const TIME_WITH_FAMILIES = [
  19, 21, 20, 18, 20, 22, 19, 21, 20, 19, 22, 23, 24, 23, 25, 24, 26, 27, 28, 27, 29, 30, 29, 31, 30, 31, 30,
  32, 31, 30, 32, 31,
];
const RECORDING_HOURS = [
  18, 19, 18, 17, 18, 19, 18, 17, 18, 18, 16, 16, 15, 15, 14, 15, 14, 13, 13, 12, 13, 12, 12, 11, 12, 12, 11,
  12, 11, 11, 12, 11,
];
const THEMES = [
  ['Evenings spent catching up on recording', 'Duty days break up the week'],
  ['Fewer handovers', 'Visits planned further ahead'],
  ['Protected hours mostly hold', 'Court dates still clash'],
];
const QUOTES = [
  'I write the visit up once now.',
  'I know the families on my list again.',
  'Swapping hours with a colleague saved my week.',
];
const FIRST_ROUND = '2024-09-13';
/** The round whose recorded measurement was mistyped and later corrected. */
const CORRECTED_ROUND = 19;

const surveyRounds = (): DemoStep[] =>
  TIME_WITH_FAMILIES.flatMap((time, n) => {
    const on = addDays(FIRST_ROUND, 14 * n);
    const surveyRoundId = `survey-${on}`;
    const period = { periodStart: addDays(on, -11), periodEnd: on };
    const stage = n < 10 ? 0 : n < 16 ? 1 : 2;
    const hours = RECORDING_HOURS[n] ?? 0;
    const measure = (metricId: string, value: number) =>
      step(on, 'sam', 'RecordMeasurement', {
        metricId,
        measurementId: `measurement-${metricId.replace('metric-', '')}-${on}`,
        value,
        ...period,
        source: { kind: 'surveyRound', id: surveyRoundId },
      });
    const recorded = [
      step(on, 'sam', 'RecordSurveyRound', {
        surveyRoundId,
        audience: 'practitioners',
        respondents: 14 + (n % 5),
        scores: [
          { metricId: 'metric-time-with-families', score: time },
          { metricId: 'metric-recording-hours', score: hours },
        ],
        themes: THEMES[stage],
        anonymisedQuotes: [QUOTES[stage]],
      }),
      measure('metric-time-with-families', n === CORRECTED_ROUND ? time + 10 : time),
      measure('metric-recording-hours', hours),
    ];
    if (n !== CORRECTED_ROUND) return recorded;
    return [
      ...recorded,
      step(addDays(on, 3), 'sam', 'CorrectMeasurement', {
        metricId: 'metric-time-with-families',
        measurementId: `measurement-time-with-families-${on}-corrected`,
        supersedes: `measurement-time-with-families-${on}`,
        value: time,
        reason: `Typed ${time + 10} for ${time}; the survey export shows ${time}`,
      }),
    ];
  });

/** DOMAIN: children and families are surveyed before the start too: a baseline round, declared as one. */
const baselineSurvey = (): DemoStep => ({
  ...step('2024-08-19', 'sam', 'RecordSurveyRound', {
    surveyRoundId: 'survey-families-baseline',
    audience: 'childrenAndFamilies',
    respondents: 9,
    scores: [],
    themes: ['A different worker every visit', 'Visits feel rushed'],
    anonymisedQuotes: ['I have to tell my story again each time.'],
    baseline: true,
  }),
  // Held before the programme started; entered once the facilitator had joined it.
  enteredOn: '2024-09-04',
});

export const rhythm = (): DemoStep[] => [baselineSurvey(), ...monthlyReviews(), ...surveyRounds()];
