/** Chapter 1: the programme is launched, its teams enrolled, its people joined; the vision is set and revised once. */
import { DEMO_PEOPLE, DEMO_TEAMS, personId } from '../cast';
import { ids, step, type DemoStep } from '../steps';

/** The programme is launched, its teams enrolled and its people joined. */
const programmeLaunched = (): DemoStep[] => [
  step('2024-09-02', 'admin', 'LaunchProgramme', {
    name: 'Harrowmere: time for relationships',
    localAuthority: 'Harrowmere Borough Council (fictional)',
    scope: 'Front door and assessment team; adolescent safety team',
    startDate: '2024-09-02',
    plannedDurationMonths: 15,
    smallChangeTarget: { count: 12, withinWeeks: 10 },
  }),
  ...Object.values(DEMO_TEAMS).map((team) => step('2024-09-02', 'admin', 'EnrolTeam', { ...team })),
  // The name goes to the personal-data register, never into the event (see recordDemo).
  ...(Object.keys(DEMO_PEOPLE) as (keyof typeof DEMO_PEOPLE)[]).map((person) =>
    step('2024-09-03', 'admin', 'JoinParticipant', {
      participantId: personId(person),
      ...DEMO_PEOPLE[person],
    }),
  ),
];

/** Why and how: the theory of change, the simple rules, the outcome and the metrics that show it. */
const theoryOfChangeAndMeasures = (): DemoStep[] => [
  step('2024-09-04', 'grace', 'DefineTheoryOfChange', {
    problem: 'Most of a practitioner’s week goes on recording, meetings and travel',
    intendedChange: 'Practitioners spend more of their time building relationships with families',
    assumptions: [
      'Much recording is duplicated locally, not required nationally',
      'Practitioners know which small changes would free their time',
    ],
  }),
  step('2024-09-04', 'grace', 'AdoptSimpleRule', { rule: 'Measure what matters to families' }),
  step('2024-09-04', 'grace', 'AdoptSimpleRule', { rule: 'Whoever does the work designs the change' }),
  step('2024-09-04', 'grace', 'DefineOutcome', {
    outcomeId: 'outcome-time-with-families',
    title: 'More time with children and families',
  }),
  step('2024-09-04', 'grace', 'DefineMetric', {
    metricId: 'metric-time-with-families',
    outcomeId: 'outcome-time-with-families',
    name: '% of time with families',
    unit: '%',
    direction: 'higherIsBetter',
    baseline: 20,
    target: 30,
    cadence: 'fortnightly',
    howWouldWeKnow: 'The fortnightly practitioner pulse survey',
  }),
  step('2024-09-04', 'grace', 'DefineMetric', {
    metricId: 'metric-recording-hours',
    outcomeId: 'outcome-time-with-families',
    name: 'Hours a week spent recording',
    unit: 'hours',
    direction: 'lowerIsBetter',
    baseline: 18,
    target: 12,
    cadence: 'fortnightly',
    howWouldWeKnow: 'The fortnightly practitioner pulse survey',
  }),
];

/** The vision phase: the vision set, revised once with a rationale, and agreed. */
const visionCoAuthored = (): DemoStep[] => [
  step('2024-09-09', 'grace', 'StartPhase', { phaseId: 'vision' }),
  step('2024-09-23', 'sam', 'SetVision', {
    statement: 'Practitioners have the time to build relationships with families',
    coAuthorIds: ids('ines', 'rhea', 'grace'),
  }),
  step('2024-10-07', 'sam', 'ReviseVision', {
    statement: 'Practitioners have the time and the trust to build relationships with families',
    coAuthorIds: ids('ines', 'kofi', 'rhea', 'marcus', 'grace'),
    rationale: 'Practitioners said that time without the trust to use it changes nothing',
  }),
  step('2024-10-11', 'grace', 'CompletePhase', {
    phaseId: 'vision',
    summary: 'A vision agreed by practitioners, managers and the director',
  }),
];

export const launch = (): DemoStep[] => [
  ...programmeLaunched(),
  ...theoryOfChangeAndMeasures(),
  ...visionCoAuthored(),
];
