/**
 * Chapter 5: the blueprint implemented, not only planned (each element owned, started, paused,
 * implemented or retired with what was learnt), a practitioner moving team, and the time-with-
 * families measure taken per team from time diaries, so each team has a run chart of its own.
 */
import { addDays } from '../../projections/dates';
import { DEMO_TEAMS, personId } from '../cast';
import { step, type DemoStep } from '../steps';

const plan = (
  on: string,
  elementId: string,
  owner: string,
  plannedStartOn: string,
  plannedImplementedBy: string,
) =>
  step(on, 'grace', 'PlanElementImplementation', {
    elementId,
    ownerId: personId(owner as 'ines'),
    plannedStartOn,
    plannedImplementedBy,
  });
const start = (on: string, elementId: string) =>
  step(on, 'rhea', 'StartElementImplementation', { elementId });
const complete = (on: string, elementId: string, summary: string) =>
  step(on, 'rhea', 'CompleteElementImplementation', { elementId, summary });

const implementation = (): DemoStep[] => [
  plan('2025-01-20', 'element-pulse-survey', 'rhea', '2025-01-24', '2025-02-07'),
  plan('2025-01-20', 'element-rota-blocks', 'marcus', '2025-02-03', '2025-05-30'),
  plan('2025-01-20', 'element-one-note', 'rhea', '2025-02-17', '2025-06-30'),
  plan('2025-01-20', 'element-visit-mornings', 'ines', '2025-01-27', '2025-10-31'),
  start('2025-01-24', 'element-pulse-survey'),
  start('2025-01-27', 'element-visit-mornings'),
  complete(
    '2025-01-31',
    'element-pulse-survey',
    'Five questions every other Friday, answered in two minutes',
  ),
  start('2025-02-03', 'element-rota-blocks'),
  start('2025-02-17', 'element-one-note'),
  step('2025-03-10', 'grace', 'PauseElementImplementation', {
    elementId: 'element-one-note',
    rationale: 'The case system supplier must change the visit template first',
  }),
  plan('2025-04-22', 'element-supervisor-sign-off', 'rhea', '2025-05-05', '2025-07-31'),
  start('2025-05-05', 'element-supervisor-sign-off'),
  complete('2025-05-19', 'element-rota-blocks', 'Both teams on duty one week in four'),
  step('2025-06-02', 'grace', 'ResumeElementImplementation', {
    elementId: 'element-one-note',
    rationale: 'The new template is live',
  }),
  complete(
    '2025-09-01',
    'element-one-note',
    'One visit note, copied to the case file and the supervision record',
  ),
  plan('2025-09-22', 'element-relational-check-ins', 'olu', '2025-10-06', '2025-12-31'),
  complete('2025-10-06', 'element-visit-mornings', 'Eight protected hours a week, swappable within the team'),
  step('2025-11-03', 'grace', 'RetireBlueprintElement', {
    elementId: 'element-supervisor-sign-off',
    rationale: "Supervisors' sign-off queue grew longer than the managers' had been",
    learning: 'Moving a task down a level moves the queue with it unless the task itself shrinks',
    nextStep: 'Minor plan updates need no sign-off at all; the review decision is in the November review',
  }),
];

const move = (): DemoStep =>
  step('2025-06-02', 'sam', 'MoveParticipantToTeam', {
    participantId: personId('kofi'),
    teamId: DEMO_TEAMS.frontDoor.teamId,
    reason: 'Cover while a front-door post is vacant',
  });

const FRONT_DOOR = [22, 23, 25, 27, 29, 31, 33, 35];
const ADOLESCENTS = [19, 19, 20, 21, 21, 23, 24, 26];

/** DOMAIN: a measurement may be of one team: each team's time diaries make its own run chart. */
const teamMeasurements = (): DemoStep[] =>
  [
    [DEMO_TEAMS.frontDoor.teamId, FRONT_DOOR],
    [DEMO_TEAMS.adolescents.teamId, ADOLESCENTS],
  ].flatMap(([teamId, values]) =>
    (values as number[]).map((value, n) => {
      const periodEnd = addDays('2025-02-28', 35 * n);
      return step(periodEnd, 'sam', 'RecordMeasurement', {
        metricId: 'metric-time-with-families',
        measurementId: `measurement-time-with-families-${teamId as string}-${periodEnd}`,
        periodStart: addDays(periodEnd, -13),
        periodEnd,
        value,
        source: { kind: 'timeDiary', description: 'Two-week time diaries kept by the team' },
        teamId,
      });
    }),
  );

export const implementationAndTeams = (): DemoStep[] => [...implementation(), move(), ...teamMeasurements()];
