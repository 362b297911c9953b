/**
 * A whole fictional programme (Fenmoor is invented, as are its teams and people), recorded
 * through the command handler as a programme would record it, over about fourteen months.
 */
import type { LedgerCommandRequest } from '../../src/domain/ledger';
import type { CommandHandler } from '../../src/application/commandHandler';
import { joinParticipant } from '../../src/application/joinParticipant';
import type { PersonalDataRegister } from '../../src/application/ports/personalDataRegister';

export const FENMOOR = 'programme-fenmoor';
export const PEOPLE = {
  sw1: {
    displayName: 'Amara Practitioner-One',
    role: 'socialWorker',
    level: 'practitioner',
    teamId: 'team-duty',
  },
  sw2: {
    displayName: 'Bilal Practitioner-Two',
    role: 'socialWorker',
    level: 'practitioner',
    teamId: 'team-duty',
  },
  sw3: {
    displayName: 'Cerys Practitioner-Three',
    role: 'socialWorker',
    level: 'practitioner',
    teamId: 'team-exploitation',
  },
  tm1: { displayName: 'Dev Manager', role: 'teamManager', level: 'manager', teamId: 'team-duty' },
  dir: { displayName: 'Eilidh Director', role: 'director', level: 'seniorLeader' },
  coach: { displayName: 'Femi Coach', role: 'coach', level: 'external' },
} as const;
type Person = keyof typeof PEOPLE;
const id = (person: Person) => `person-${person}`;

export const SMALL_CHANGE_OUTCOMES = {
  kept: ['sc-1', 'sc-2', 'sc-3', 'sc-4'],
  adapted: ['sc-5'],
  reverted: ['sc-6'],
  declined: ['sc-7', 'sc-8'],
  escalated: ['sc-9'],
  implemented: ['sc-10'],
};

export const recordFenmoorJourney = async (
  handler: CommandHandler,
  register: PersonalDataRegister,
): Promise<void> => {
  const P = FENMOOR;
  const as = (person: Person, role = 'leader') => ({ actor: { id: id(person), role } });
  const record = (on: string, person: Person, command: { type: string; data: Record<string, unknown> }) =>
    handler.execute(
      { type: command.type, data: { programmeId: P, ...command.data } } as LedgerCommandRequest,
      { ...as(person), occurredAt: on },
    );

  await record('2021-09-01', 'dir', {
    type: 'LaunchProgramme',
    data: {
      name: 'Fenmoor: time with families',
      localAuthority: 'Fenmoor County Council (fictional)',
      scope: 'Duty and assessment team; exploitation team',
      startDate: '2021-09-01',
      plannedDurationMonths: 15,
      smallChangeTarget: { count: 10, withinWeeks: 8 },
    },
  });
  await record('2021-09-01', 'dir', {
    type: 'EnrolTeam',
    data: { teamId: 'team-duty', name: 'Duty and assessment', kind: 'statutory' },
  });
  await record('2021-09-01', 'dir', {
    type: 'EnrolTeam',
    data: { teamId: 'team-exploitation', name: 'Exploitation', kind: 'specialist' },
  });
  for (const [person, details] of Object.entries(PEOPLE) as [Person, (typeof PEOPLE)[Person]][]) {
    await joinParticipant(
      handler,
      register,
      { programmeId: P, participantId: id(person), ...details },
      { ...as('dir'), occurredAt: '2021-09-02' },
    );
  }
  await record('2021-09-03', 'dir', {
    type: 'DefineTheoryOfChange',
    data: {
      problem: 'Four-fifths of the week goes on recording and process',
      intendedChange: 'Practitioners spend more time with children and families',
      assumptions: ['Much recording is duplicated locally'],
    },
  });
  await record('2021-09-03', 'dir', { type: 'AdoptSimpleRule', data: { rule: 'Measure what matters' } });
  await record('2021-09-03', 'dir', {
    type: 'DefineOutcome',
    data: { outcomeId: 'outcome-time', title: 'More time with children and families' },
  });
  await record('2021-09-03', 'dir', {
    type: 'DefineMetric',
    data: {
      metricId: 'metric-time',
      outcomeId: 'outcome-time',
      name: '% of time with families',
      unit: '%',
      direction: 'higherIsBetter',
      baseline: 20,
      target: 30,
      cadence: 'fortnightly',
      howWouldWeKnow: 'Fortnightly practitioner survey',
    },
  });

  await record('2021-09-06', 'dir', { type: 'StartPhase', data: { phaseId: 'vision' } });
  await record('2021-09-20', 'sw1', {
    type: 'SetVision',
    data: {
      statement: 'Practitioners have the time to build relationships with families',
      coAuthorIds: [id('sw1'), id('dir')],
    },
  });
  await record('2021-10-04', 'sw1', {
    type: 'ReviseVision',
    data: {
      statement: 'Practitioners have the time and trust to build relationships with families',
      coAuthorIds: [id('sw1'), id('tm1'), id('dir')],
      rationale: 'Practitioners said time without trust changes nothing',
    },
  });
  await record('2021-10-08', 'dir', {
    type: 'CompletePhase',
    data: { phaseId: 'vision', summary: 'Vision agreed across levels' },
  });
  await record('2021-10-11', 'dir', { type: 'StartPhase', data: { phaseId: 'smallChanges' } });

  const barrier = (on: string, barrierId: string, title: string, scope: string) =>
    record(on, 'sw1', {
      type: 'IdentifyBarrier',
      data: {
        barrierId,
        title,
        description: title,
        kind: 'process',
        scope,
        source: { kind: 'sensemaking' },
        identifiedBy: [id('sw1'), id('sw2')],
      },
    });
  await barrier(
    '2021-10-12',
    'barrier-duplicate-recording',
    'The same visit is recorded in three places',
    'local',
  );
  await barrier('2021-10-12', 'barrier-rota', 'The duty rota fragments the week', 'local');

  const smallChange = (n: number) => `sc-${n}`;
  for (let n = 1; n <= 10; n += 1) {
    await record('2021-10-14', 'sw1', {
      type: 'ProposeSmallChange',
      data: {
        smallChangeId: smallChange(n),
        teamId: n % 3 === 0 ? 'team-exploitation' : 'team-duty',
        title: `Small change ${n}`,
        description: `What practitioners proposed (${n})`,
        proposedBy: [id(n % 2 ? 'sw1' : 'sw2')],
        barrierIds: [n % 2 ? 'barrier-duplicate-recording' : 'barrier-rota'],
      },
    });
  }
  const agreeAndImplement = async (n: number) => {
    await record('2021-10-18', 'tm1', {
      type: 'AgreeSmallChange',
      data: { smallChangeId: smallChange(n), agreedBy: [id('tm1')] },
    });
    await record('2021-10-25', 'sw1', {
      type: 'ImplementSmallChange',
      data: { smallChangeId: smallChange(n), whatChanged: `Change ${n} in daily use` },
    });
  };
  const reviewSmallChange = (n: number, verdict: string, hours: number) =>
    record('2021-11-22', 'tm1', {
      type: 'ReviewSmallChange',
      data: {
        smallChangeId: smallChange(n),
        hoursFreedPerWeek: hours,
        practitionersNoticed: 'Less evening recording',
        familiesNoticed: 'Visits felt less rushed',
        verdict,
      },
    });
  for (const n of [1, 2, 3, 4]) {
    await agreeAndImplement(n);
    await reviewSmallChange(n, 'keep', 1.5);
  }
  await agreeAndImplement(5);
  await reviewSmallChange(5, 'adapt', 0.5);
  await record('2021-11-29', 'sw2', {
    type: 'AdaptSmallChange',
    data: {
      smallChangeId: smallChange(5),
      whatChanged: 'Adds a risk summary box',
      rationale: 'Managers could not see risk at a glance',
    },
  });
  await agreeAndImplement(6);
  await record('2021-11-29', 'tm1', {
    type: 'RevertSmallChange',
    data: {
      smallChangeId: smallChange(6),
      rationale: 'Out-of-hours colleagues lost the information they relied on',
    },
  });
  for (const n of [7, 8]) {
    await record('2021-10-18', 'tm1', {
      type: 'DeclineSmallChange',
      data: {
        smallChangeId: smallChange(n),
        declinedBy: [id('tm1')],
        rationale: 'The new case system replaces this form in January',
      },
    });
  }
  await record('2021-10-19', 'sw1', {
    type: 'EscalateSmallChange',
    data: {
      smallChangeId: smallChange(9),
      nationalBarrierId: 'barrier-assessment-timescales',
      nationalBarrierTitle: 'Prescribed assessment timescales',
      escalatedBy: [id('sw1'), id('tm1')],
      rationale: 'The timescale is set in statutory guidance',
    },
  });
  await agreeAndImplement(10);
  await record('2021-12-06', 'dir', {
    type: 'CompletePhase',
    data: { phaseId: 'smallChanges', summary: 'Ten small changes proposed, six implemented' },
  });

  await record('2021-12-06', 'dir', { type: 'StartPhase', data: { phaseId: 'sensemakingAndBlueprint' } });
  await record('2021-12-08', 'coach', {
    type: 'HoldReview',
    data: {
      reviewId: 'review-sensemaking',
      kind: 'sensemakingSession',
      attendeeIds: [id('sw1'), id('sw2'), id('tm1'), id('dir'), id('coach')],
    },
  });
  await record('2021-12-08', 'coach', {
    type: 'RecordInsight',
    data: {
      reviewId: 'review-sensemaking',
      insightId: 'insight-1',
      kind: 'challenge',
      statement: 'Recording is shaped by what inspectors once asked for',
      barrierIds: ['barrier-duplicate-recording'],
    },
  });
  await record('2021-12-08', 'coach', {
    type: 'RecordInsight',
    data: {
      reviewId: 'review-sensemaking',
      insightId: 'insight-2',
      kind: 'opportunity',
      statement: 'Protected visit time is possible if the rota changes',
      barrierIds: ['barrier-rota'],
    },
  });
  await record('2021-12-15', 'sw1', {
    type: 'DraftBlueprint',
    data: { coOwnerIds: [id('sw1'), id('tm1'), id('dir')] },
  });
  const element = (elementId: string, kind: string, title: string, barrierId: string) => ({
    elementId,
    kind,
    title,
    description: title,
    barrierIds: [barrierId],
    ownerIds: [id('sw1'), id('tm1')],
  });
  await record('2021-12-15', 'sw1', {
    type: 'AddBlueprintElement',
    data: element('element-rota', 'processChange', 'Duty rota in weekly blocks', 'barrier-rota'),
  });
  await record('2021-12-15', 'sw1', {
    type: 'AddBlueprintElement',
    data: element('element-visit-mornings', 'experiment', 'Protected visit mornings', 'barrier-rota'),
  });
  await record('2022-01-05', 'sw1', {
    type: 'PublishBlueprintVersion',
    data: { summary: 'First blueprint', endorsedBy: [id('sw1'), id('dir')] },
  });
  await record('2022-01-07', 'dir', {
    type: 'CompletePhase',
    data: { phaseId: 'sensemakingAndBlueprint', summary: 'Insights document and blueprint v1 delivered' },
  });

  await record('2022-01-10', 'dir', { type: 'StartPhase', data: { phaseId: 'testAndLearn' } });
  const hypothesis = {
    ifWe: 'protect Thursday mornings for visits',
    weExpect: 'more time with families',
    because: 'no meetings compete for it',
  };
  await record('2022-01-10', 'sw1', {
    type: 'DesignExperiment',
    data: {
      experimentId: 'experiment-thursdays',
      title: 'Protected Thursday mornings',
      hypothesis,
      barrierIds: ['barrier-rota'],
      blueprintElementId: 'element-visit-mornings',
      measureIds: ['metric-time'],
      plannedStart: '2022-01-17',
      reviewDate: '2022-03-14',
    },
  });
  await record('2022-01-17', 'sw1', {
    type: 'StartExperiment',
    data: { experimentId: 'experiment-thursdays' },
  });
  await record('2022-03-14', 'sw1', {
    type: 'ConcludeExperiment',
    data: {
      experimentId: 'experiment-thursdays',
      result: 'notSupported',
      learning: 'Emergencies cluster on Thursdays; a fixed day does not protect time',
      nextStep: 'adapt',
    },
  });
  await record('2022-01-10', 'sw3', {
    type: 'DesignExperiment',
    data: {
      experimentId: 'experiment-rota',
      title: 'Weekly rota blocks',
      hypothesis: { ...hypothesis, ifWe: 'run duty in weekly blocks' },
      barrierIds: ['barrier-rota'],
      measureIds: ['metric-time'],
      plannedStart: '2022-01-17',
      reviewDate: '2022-03-14',
    },
  });
  await record('2022-01-17', 'sw3', { type: 'StartExperiment', data: { experimentId: 'experiment-rota' } });
  await record('2022-03-14', 'sw3', {
    type: 'ConcludeExperiment',
    data: {
      experimentId: 'experiment-rota',
      result: 'supported',
      learning: 'Fewer handovers, more continuity with families',
      nextStep: 'adopt',
    },
  });
  await record('2022-03-18', 'coach', {
    type: 'RecordSurveyRound',
    data: {
      surveyRoundId: 'survey-2022-03',
      audience: 'practitioners',
      respondents: 17,
      scores: [{ metricId: 'metric-time', score: 26 }],
      themes: ['Fewer handovers'],
      anonymisedQuotes: ['I know the families on my list again'],
    },
  });
  await record('2022-03-21', 'dir', {
    type: 'HoldReview',
    data: {
      reviewId: 'review-march',
      kind: 'monthlySeniorLeaderReview',
      attendeeIds: [id('dir'), id('tm1'), id('sw1')],
    },
  });
  await record('2022-03-21', 'dir', {
    type: 'RecordDecision',
    data: {
      reviewId: 'review-march',
      decisionId: 'decision-flexible-time',
      decision: 'Replace fixed visit mornings with flexible protected hours',
      rationale: 'The Thursday experiment was not supported',
      affects: [
        { kind: 'experiment', id: 'experiment-thursdays' },
        { kind: 'blueprintElement', id: 'element-visit-mornings' },
      ],
      followUpOwnerId: id('tm1'),
    },
  });

  await record('2022-03-14', 'coach', {
    type: 'RecordFeedbackRound',
    data: {
      feedbackRoundId: 'feedback-march',
      phaseId: 'testAndLearn',
      items: [{ kind: 'blueprintElement', id: 'element-visit-mornings' }],
      asked: [{ teamId: 'team-duty', level: 'practitioner', count: 9 }],
      answered: 6,
      themes: ['Thursdays fill with emergencies'],
      anonymisedQuotes: ['My protected morning went on a strategy meeting'],
      scores: [{ question: 'My workload is manageable', score: 2.8, outOf: 5 }],
      consequences: [
        {
          consequenceId: 'evening-visits',
          description: 'Visits squeezed out of Thursdays move to the evening',
          onStaff: true,
          item: null,
        },
      ],
    },
  });
  await record('2022-03-22', 'dir', {
    type: 'RespondToFeedback',
    data: {
      feedbackRoundId: 'feedback-march',
      responseId: 'response-evening-visits',
      whatWeDid: 'Flexible protected hours replace fixed Thursday mornings',
      consequenceId: 'evening-visits',
      decision: { reviewId: 'review-march', decisionId: 'decision-flexible-time' },
    },
  });

  await record('2022-03-28', 'sw1', {
    type: 'ReviseBlueprintElement',
    data: {
      ...element('element-visit-mornings', 'experiment', 'Flexible protected visit hours', 'barrier-rota'),
      rationale: 'A fixed day did not protect time; flexible hours follow the families',
      evidence: [
        { kind: 'experimentConclusion', id: 'experiment-thursdays' },
        { kind: 'reviewDecision', id: 'review-march', decisionId: 'decision-flexible-time' },
      ],
    },
  });
  await record('2022-03-28', 'sw1', {
    type: 'AddBlueprintElement',
    data: {
      ...element(
        'element-one-page-notes',
        'processChange',
        'One-page visit notes everywhere',
        'barrier-duplicate-recording',
      ),
      rationale: 'Kept by every team that tried it',
      evidence: [
        { kind: 'smallChangeReview', id: 'sc-1' },
        { kind: 'surveyRound', id: 'survey-2022-03' },
      ],
    },
  });
  await record('2022-04-04', 'sw1', {
    type: 'PublishBlueprintVersion',
    data: { summary: 'Adapted after test and learn', endorsedBy: [id('sw1'), id('tm1')] },
  });

  const measure = (
    on: string,
    measurementId: string,
    value: number,
    periodStart: string,
    periodEnd: string,
    source: Record<string, unknown>,
  ) =>
    record(on, 'coach', {
      type: 'RecordMeasurement',
      data: { metricId: 'metric-time', measurementId, value, periodStart, periodEnd, source },
    });
  await measure('2021-09-20', 'measurement-baseline', 20, '2021-09-06', '2021-09-17', { kind: 'timeDiary' });
  await measure('2022-02-07', 'measurement-feb', 23, '2022-01-24', '2022-02-04', { kind: 'timeDiary' });
  await record('2022-02-14', 'coach', {
    type: 'CorrectMeasurement',
    data: {
      metricId: 'metric-time',
      measurementId: 'measurement-feb-corrected',
      supersedes: 'measurement-feb',
      value: 24,
      reason: 'Two time diaries arrived late',
    },
  });
  await measure('2022-03-18', 'measurement-march', 26, '2022-03-07', '2022-03-18', {
    kind: 'surveyRound',
    id: 'survey-2022-03',
  });
  await record('2022-04-11', 'tm1', {
    type: 'MarkWrittenOutputDelivered',
    data: { output: 'blueprint', audience: 'The senior leadership team' },
  });
};
