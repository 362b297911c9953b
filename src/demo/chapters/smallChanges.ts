/**
 * Chapter 2: practitioners name local barriers and try a dozen small changes, which end kept,
 * adapted, reverted, declined or escalated to a national barrier.
 */
import { DEMO_TEAMS } from '../cast';
import { eventOf, ids, step, type DemoStep } from '../steps';

const FRONT_DOOR = DEMO_TEAMS.frontDoor.teamId;
const ADOLESCENTS = DEMO_TEAMS.adolescents.teamId;

const BARRIERS = [
  ['barrier-triple-recording', 'The same visit is written up in three places', 'process'],
  ['barrier-duty-rota', 'The duty rota breaks the week into fragments', 'structure'],
  ['barrier-panel-paperwork', 'Panels ask for reports that are already on file', 'process'],
  ['barrier-travel', 'Travel across the borough eats into visit time', 'structure'],
  ['barrier-sign-off', 'Every plan update waits for a manager’s sign-off', 'culture'],
] as const;

type Ending = 'keep' | 'adapt' | 'revert' | 'decline' | 'escalate';
const SMALL_CHANGES: readonly [string, string, string, Ending][] = [
  ['One visit note, copied to the case file', 'barrier-triple-recording', FRONT_DOOR, 'keep'],
  ['A stand-up instead of the Monday allocation meeting', 'barrier-duty-rota', FRONT_DOOR, 'keep'],
  ['A shared travel planner for joint visits', 'barrier-travel', ADOLESCENTS, 'keep'],
  ['Panel reports link to existing assessments', 'barrier-panel-paperwork', ADOLESCENTS, 'keep'],
  ['Practice supervisors sign off minor plan updates', 'barrier-sign-off', FRONT_DOOR, 'adapt'],
  ['Voice notes for visit reflections', 'barrier-triple-recording', ADOLESCENTS, 'adapt'],
  ['No email on visit mornings', 'barrier-duty-rota', FRONT_DOOR, 'revert'],
  ['Hot-desking by patch', 'barrier-travel', ADOLESCENTS, 'revert'],
  ['Drop the weekly performance return', 'barrier-panel-paperwork', FRONT_DOOR, 'decline'],
  ['Tablet forms for visits', 'barrier-triple-recording', ADOLESCENTS, 'decline'],
  ['Stop re-keying case data for the national return', 'barrier-triple-recording', FRONT_DOOR, 'escalate'],
  ['A longer assessment window when a family asks for one', 'barrier-sign-off', ADOLESCENTS, 'escalate'],
];

const ADAPTATIONS: Record<string, [string, string]> = {
  'sc-5': [
    'Supervisors sign off updates that change no risk rating; managers keep the rest',
    'Managers wanted to keep sight of any change in risk',
  ],
  'sc-6': [
    'Voice notes are summarised in the visit note the same day',
    'Colleagues covering a case could not listen to long recordings',
  ],
};
const REVERSIONS: Record<string, string> = {
  'sc-7': 'Urgent messages from schools and police were missed on visit mornings',
  'sc-8': 'Practitioners lost the informal advice of sitting with their own team',
};
const DECLINES: Record<string, string> = {
  'sc-9': 'The return feeds the council’s statutory reporting until its review in the spring',
  'sc-10': 'The replacement case system brings its own mobile forms next year',
};
/** What each decline and revert taught, and what was done next. */
const LEARNT: Record<string, { learning: string; nextStep: string }> = {
  'sc-7': {
    learning: 'Protected time cannot cut practitioners off from urgent news',
    nextStep: 'Urgent calls go to the duty desk, which finds the practitioner',
  },
  'sc-8': {
    learning: 'Sitting with their own team is how practitioners get quick advice',
    nextStep: 'Travel is planned together instead (the shared travel planner)',
  },
  'sc-9': {
    learning: 'Some paperwork is owned outside the programme',
    nextStep: 'Asked for the return to be part of its review in the spring',
  },
  'sc-10': {
    learning: 'A change that the next case system brings need not be built twice',
    nextStep: 'Practitioners joined the new system’s mobile forms pilot',
  },
};
const ESCALATIONS: Record<string, [string, string, string]> = {
  'sc-11': [
    'barrier-national-data-return',
    'The national data return duplicates the case record',
    'The return’s format is set nationally; locally we can only re-key it',
  ],
  'sc-12': [
    'barrier-assessment-timescales',
    'Prescribed assessment timescales',
    'The timescale is set in statutory guidance',
  ],
};

const lifeOf = (smallChangeId: string, teamId: string, ending: Ending): DemoStep[] => {
  const practitioner = teamId === FRONT_DOOR ? 'ines' : 'kofi';
  const manager = teamId === FRONT_DOOR ? 'marcus' : 'olu';
  const data = { smallChangeId };
  if (ending === 'decline')
    return [
      step('2024-10-29', manager, 'DeclineSmallChange', {
        ...data,
        declinedBy: ids(manager),
        rationale: DECLINES[smallChangeId],
        ...LEARNT[smallChangeId],
      }),
    ];
  if (ending === 'escalate') {
    const [nationalBarrierId, nationalBarrierTitle, rationale] = ESCALATIONS[smallChangeId] ?? [];
    return [
      step('2024-10-30', manager, 'EscalateSmallChange', {
        ...data,
        nationalBarrierId,
        nationalBarrierTitle,
        escalatedBy: ids(practitioner, manager),
        rationale,
      }),
    ];
  }
  const lived = [
    step('2024-10-28', manager, 'AgreeSmallChange', { ...data, agreedBy: ids(manager) }),
    {
      ...step('2024-11-04', practitioner, 'ImplementSmallChange', {
        ...data,
        whatChanged: 'In daily use by the whole team',
      }),
      label: `${smallChangeId} implemented`,
    },
  ];
  if (ending === 'revert')
    return [
      ...lived,
      step('2024-11-25', manager, 'RevertSmallChange', {
        ...data,
        rationale: REVERSIONS[smallChangeId],
        ...LEARNT[smallChangeId],
      }),
    ];
  const review = step('2024-12-02', practitioner, 'ReviewSmallChange', {
    ...data,
    hoursFreedPerWeek: ending === 'keep' ? 1.5 : 0.5,
    practitionersNoticed: ending === 'keep' ? 'Evenings free of catch-up recording' : 'Helps, with gaps',
    familiesNoticed: 'Visits felt less rushed',
    verdict: ending,
  });
  if (ending === 'keep') return [...lived, review];
  const [whatChanged, rationale] = ADAPTATIONS[smallChangeId] ?? [];
  return [
    ...lived,
    review,
    step('2024-12-09', practitioner, 'AdaptSmallChange', { ...data, whatChanged, rationale }),
  ];
};

export const smallChanges = (): DemoStep[] => [
  step('2024-10-14', 'grace', 'StartPhase', { phaseId: 'smallChanges' }),
  ...BARRIERS.map(([barrierId, title, kind], n) =>
    step('2024-10-15', n % 2 ? 'kofi' : 'ines', 'IdentifyBarrier', {
      barrierId,
      title,
      description: `${title}, practitioners told the first workshop`,
      kind,
      scope: 'local',
      source: { kind: 'sensemaking' },
      identifiedBy: ids('ines', 'kofi', 'rhea'),
    }),
  ),
  ...SMALL_CHANGES.map(([title, barrierId, teamId], n) =>
    step(`2024-10-${String(16 + (n % 8)).padStart(2, '0')}`, n % 2 ? 'kofi' : 'ines', 'ProposeSmallChange', {
      smallChangeId: `sc-${n + 1}`,
      teamId,
      title,
      description: `${title}: proposed by the practitioners who would live with it`,
      proposedBy: ids(teamId === FRONT_DOOR ? 'ines' : 'kofi', 'rhea'),
      barrierIds: [barrierId],
    }),
  ),
  ...SMALL_CHANGES.flatMap(([, , teamId, ending], n) => lifeOf(`sc-${n + 1}`, teamId, ending)),
  // Recorded as in use from 4 November; the planner's log showed a week later. A correction, not an edit.
  step('2024-11-20', 'sam', 'CorrectSmallChangeDate', {
    smallChangeId: 'sc-3',
    eventId: eventOf('sc-3 implemented'),
    correctOccurredAt: '2024-11-11',
    rationale: 'The travel planner’s log shows its first joint visit on 11 November, not 4 November',
  }),
  step('2024-12-13', 'grace', 'CompletePhase', {
    phaseId: 'smallChanges',
    summary: 'Twelve small changes: four kept, two adapted, two reverted, two declined, two escalated',
  }),
];
