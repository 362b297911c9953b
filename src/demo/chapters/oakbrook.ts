/**
 * The second programme: after Harrowmere published its version 3, Oakbrook derives its blueprint
 * from it, adapts it to a small rural team (one element removed, one revised, one added, each
 * with its rationale and the decision that is its evidence) and publishes its own version 1.
 */
import { OAKBROOK_PEOPLE, OAKBROOK_PROGRAMME, OAKBROOK_TEAM, DEMO_PROGRAMME, personId } from '../cast';
import { ids, step, type DemoStep } from '../steps';

const oakbrook = (
  on: string,
  by: Parameters<typeof step>[1],
  type: string,
  data: Record<string, unknown> = {},
) => step(on, by, type, { programmeId: OAKBROOK_PROGRAMME, ...data });

const REVIEW = 'review-oakbrook-adaptation';
const RECORDING = 'barrier-oakbrook-recording';
const TRAVEL = 'barrier-oakbrook-travel';
const OWNERS = ids('nadia', 'owen', 'priya');
const element = (elementId: string, kind: string, title: string, barrierId: string, description: string) => ({
  elementId,
  kind,
  title,
  description,
  barrierIds: [barrierId],
  ownerIds: OWNERS,
});
const decided = (decisionId: string) => [{ kind: 'reviewDecision', id: REVIEW, decisionId }];

/** Harrowmere's elements Oakbrook keeps as they are, now addressing a barrier of its own. */
const KEPT = [
  [
    'element-one-note',
    'processChange',
    'One visit note, written once',
    'The visit note is copied to the case file and the supervision record',
  ],
  [
    'element-pulse-survey',
    'measurementMechanism',
    'Fortnightly practitioner pulse survey',
    'Five questions, two minutes, every other Friday',
  ],
  [
    'element-supervisor-sign-off',
    'processChange',
    'Supervisors sign off minor plan updates',
    'Updates that change no risk rating are signed off by practice supervisors',
  ],
  [
    'element-relational-check-ins',
    'culturalChange',
    'Monthly relational practice check-ins',
    'An hour a month in each team on relationships with families, not process',
  ],
] as const;

const barrier = (barrierId: string, title: string, kind: string) =>
  oakbrook('2025-10-08', 'nadia', 'IdentifyBarrier', {
    barrierId,
    title,
    description: `${title}, the team said when it read Harrowmere's blueprint`,
    kind,
    scope: 'local',
    source: { kind: 'review', id: REVIEW },
    identifiedBy: ids('nadia', 'owen'),
  });

const decision = (decisionId: string, text: string, rationale: string, elementId: string) =>
  oakbrook('2025-10-08', 'owen', 'RecordDecision', {
    reviewId: REVIEW,
    decisionId,
    decision: text,
    rationale,
    affects: [{ kind: 'blueprintElement', id: elementId }],
    followUpOwnerId: personId('owen'),
  });

const launch = (): DemoStep[] => [
  oakbrook('2025-10-06', 'admin', 'LaunchProgramme', {
    name: 'Oakbrook: relationships across the villages',
    localAuthority: 'Oakbrook District Council (fictional)',
    scope: 'Family support team',
    startDate: '2025-10-06',
    plannedDurationMonths: 9,
  }),
  oakbrook('2025-10-06', 'admin', 'EnrolTeam', { ...OAKBROOK_TEAM }),
  // As in Harrowmere: the names go to the personal-data register, never into the events.
  ...(Object.keys(OAKBROOK_PEOPLE) as (keyof typeof OAKBROOK_PEOPLE)[]).map((person) =>
    oakbrook('2025-10-06', 'admin', 'JoinParticipant', {
      participantId: personId(person),
      ...OAKBROOK_PEOPLE[person],
    }),
  ),
  oakbrook('2025-10-08', 'owen', 'HoldReview', {
    reviewId: REVIEW,
    kind: 'sensemakingSession',
    attendeeIds: OWNERS,
  }),
  barrier(RECORDING, 'Visit notes typed up twice', 'process'),
  barrier(TRAVEL, 'Long drives between villages', 'structure'),
  decision(
    'decision-no-duty-rota',
    'Leave out the duty rota blocks',
    'The family support team takes no duty, so there is no rota to change',
    'element-rota-blocks',
  ),
  decision(
    'decision-plan-around-travel',
    'Plan protected time and visits around the drive between villages',
    'Travel, not duty, takes most of the week here',
    'element-visit-mornings',
  ),
];

const adaptation = (): DemoStep[] => [
  oakbrook('2025-10-07', 'priya', 'DeriveBlueprint', {
    coOwnerIds: OWNERS,
    sourceProgrammeId: DEMO_PROGRAMME,
    sourceVersion: 3,
  }),
  oakbrook('2025-10-20', 'owen', 'RemoveBlueprintElement', {
    elementId: 'element-rota-blocks',
    rationale: 'Oakbrook’s family support team takes no duty, so there is no rota to change',
    evidence: decided('decision-no-duty-rota'),
  }),
  oakbrook('2025-10-20', 'nadia', 'ReviseBlueprintElement', {
    ...element(
      'element-visit-mornings',
      'processChange',
      'Protected visit hours around the school day',
      TRAVEL,
      'Six protected hours a week, planned around the school day and the drive between villages',
    ),
    rationale: 'A small team on long drives cannot protect eight hours; six around the school day it can',
    evidence: decided('decision-plan-around-travel'),
  }),
  oakbrook('2025-10-20', 'nadia', 'AddBlueprintElement', {
    ...element(
      'element-village-visit-days',
      'processChange',
      'Visit days by village',
      TRAVEL,
      'Each practitioner visits one cluster of villages a day, so the day goes on visits, not driving',
    ),
    rationale: 'Travel, not duty, takes most of Oakbrook’s week',
    evidence: decided('decision-plan-around-travel'),
  }),
  ...KEPT.map(([elementId, kind, title, description]) =>
    oakbrook('2025-10-20', 'nadia', 'ReviseBlueprintElement', {
      ...element(elementId, kind, title, RECORDING, description),
      rationale: 'Kept as Harrowmere wrote it: it answers our own barrier, notes typed up twice',
    }),
  ),
  oakbrook('2025-11-03', 'priya', 'PublishBlueprintVersion', {
    summary: 'Harrowmere’s blueprint, adapted to a rural family support team',
    endorsedBy: ids('nadia', 'owen'),
  }),
];

export const oakbrookAdaptsHarrowmere = (): DemoStep[] => [...launch(), ...adaptation()];
