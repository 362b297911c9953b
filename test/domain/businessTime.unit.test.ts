/**
 * Business time in the deciders: every step of an item occurs in lifecycle order, a review's
 * decisions on its date, nothing before the programme's start but a declared baseline. Each rule
 * is refused with its class, its rule id and a message naming both dates.
 */
import { barrierAggregate } from '../../src/domain/barrier';
import type { BarrierCommand } from '../../src/domain/barrier/events';
import { blueprintAggregate } from '../../src/domain/blueprint';
import type { BlueprintCommand } from '../../src/domain/blueprint/commands';
import type { BlueprintEvent } from '../../src/domain/blueprint/events';
import { experimentAggregate } from '../../src/domain/experiment';
import type { ExperimentCommand, ExperimentEvent } from '../../src/domain/experiment/events';
import { measurementAggregate } from '../../src/domain/measurement';
import type { MeasurementCommand } from '../../src/domain/measurement/events';
import { programmeAggregate } from '../../src/domain/programme';
import type { ProgrammeCommand } from '../../src/domain/programme/commands';
import type { ProgrammeEvent } from '../../src/domain/programme/events';
import { reviewAggregate } from '../../src/domain/review';
import type { ReviewCommand, ReviewEvent } from '../../src/domain/review/events';
import { ValidationError } from '../../src/domain/shared/errors';
import { smallChangeAggregate } from '../../src/domain/smallChange';
import type { SmallChangeCommand } from '../../src/domain/smallChange/commands';
import type { SmallChangeEvent } from '../../src/domain/smallChange/events';
import { surveyRoundAggregate } from '../../src/domain/surveyRound';
import type { SurveyRoundCommand } from '../../src/domain/surveyRound/events';
import {
  barrierIdentified,
  commandsOf,
  DIRECTOR,
  DUTY_TEAM,
  LOCAL_BARRIER,
  MANAGER,
  METRIC,
  P,
  programmeFacts,
  programmeHistory,
  SW1,
} from './fixtures';
import { on, specFor } from './givenWhenThen';

const SC = 'sc-one-page-notes';
const proposed: SmallChangeEvent = {
  type: 'SmallChangeProposed',
  data: {
    smallChangeId: SC,
    programmeId: P,
    teamId: DUTY_TEAM,
    title: 'One-page visit notes',
    description: 'Replace the four-page template',
    proposedBy: [SW1],
    barrierIds: [LOCAL_BARRIER],
  },
};
const agreed: SmallChangeEvent = {
  type: 'SmallChangeAgreed',
  data: { smallChangeId: SC, programmeId: P, agreedBy: [MANAGER] },
};

describe('nothing of a programme occurs before its start date (2021-09-01)', () => {
  const smallChange = commandsOf<SmallChangeCommand>();
  it('refuses a small change proposed before the programme started, naming both dates', () => {
    const propose = smallChange(
      'ProposeSmallChange',
      { ...proposed.data, proposedBy: [SW1], barrierIds: [LOCAL_BARRIER] },
      '2021-08-20',
    );
    const message = specFor(
      smallChangeAggregate,
      programmeFacts,
    )([])
      .when(propose)
      .thenThrows(ValidationError, 'NotBeforeProgrammeStart');
    expect(message).toBe(
      'What you are recording is dated 2021-08-20, before the programme starts on 2021-09-01; only a baseline measurement or survey round, declared as one, may come before the start',
    );
  });

  it('holds for the programme’s own facts too, but not for its launch', () => {
    const programme = commandsOf<ProgrammeCommand>();
    specFor(
      programmeAggregate,
      programmeFacts,
    )(programmeHistory)
      .when(programme('AdoptSimpleRule', { rule: 'Measure what matters' }, '2021-08-31T23:00:00Z'))
      .thenThrows(ValidationError, 'NotBeforeProgrammeStart');
    specFor(
      programmeAggregate,
      programmeFacts,
    )(programmeHistory)
      .when(programme('AdoptSimpleRule', { rule: 'Measure what matters' }, '2021-09-01T08:00:00Z'))
      .then([{ type: 'SimpleRuleAdopted', data: { programmeId: P, rule: 'Measure what matters' } }]);
  });

  it('lets a measurement before the start in only as a declared baseline, and only a baseline', () => {
    const given = specFor(measurementAggregate, programmeFacts);
    const measure = commandsOf<MeasurementCommand>();
    const before = { periodStart: '2021-08-16', periodEnd: '2021-08-27' };
    const record = (baseline: boolean, period = before, occurredAt = '2021-08-27') =>
      measure(
        'RecordMeasurement',
        {
          metricId: METRIC,
          measurementId: 'm0',
          value: 19,
          source: { kind: 'timeDiary' },
          baseline,
          ...period,
        },
        occurredAt,
      );
    expect(given([]).when(record(false)).thenThrows(ValidationError, 'NotBeforeProgrammeStart')).toContain(
      'dated 2021-08-27, before the programme starts on 2021-09-01',
    );
    // Measured before the start, recorded after it: still a baseline by what it covers.
    expect(
      given([])
        .when(record(false, before, '2021-09-03'))
        .thenThrows(ValidationError, 'NotBeforeProgrammeStart'),
    ).toContain('The period of this measurement is dated 2021-08-16');
    given([])
      .when(record(true))
      .then([{ type: 'MeasurementRecorded', data: { ...record(true).data, programmeId: P } }]);
    const after = { periodStart: '2021-09-06', periodEnd: '2021-09-17' };
    expect(
      given([])
        .when(record(true, after, '2021-09-17'))
        .thenThrows(ValidationError, 'BaselineBeforeStart'),
    ).toBe(
      'This measurement (its period start) is declared a baseline but is dated 2021-09-06, not before the programme starts on 2021-09-01; leave baseline out for facts of the programme itself',
    );
  });

  it('lets a survey round before the start in only as a declared baseline', () => {
    const given = specFor(surveyRoundAggregate, programmeFacts);
    const survey = commandsOf<SurveyRoundCommand>();
    const round = (baseline: boolean, heldAt: string) =>
      survey(
        'RecordSurveyRound',
        {
          surveyRoundId: 'round-0',
          audience: 'childrenAndFamilies',
          respondents: 9,
          scores: [],
          themes: [],
          anonymisedQuotes: [],
          baseline,
        },
        heldAt,
      );
    given([]).when(round(false, '2021-08-20')).thenThrows(ValidationError, 'NotBeforeProgrammeStart');
    given([])
      .when(round(true, '2021-08-20'))
      .then([
        {
          type: 'SurveyRoundRecorded',
          data: { ...round(true, '2021-08-20').data, heldAt: '2021-08-20' },
        },
      ]);
    expect(
      given([]).when(round(true, '2021-09-02')).thenThrows(ValidationError, 'BaselineBeforeStart'),
    ).toContain(
      'is declared a baseline but is dated 2021-09-02, not before the programme starts on 2021-09-01',
    );
  });
});

describe('the steps of one item occur in lifecycle order', () => {
  it('small change: implemented no earlier than agreed (a date means any time that day)', () => {
    const given = specFor(smallChangeAggregate, programmeFacts);
    const implement = (date: string) =>
      commandsOf<SmallChangeCommand>()(
        'ImplementSmallChange',
        { smallChangeId: SC, whatChanged: 'v2' },
        date,
      );
    const history = [on('2021-10-04', proposed), on('2021-10-11T15:00:00Z', agreed)];
    expect(
      given(history).when(implement('2021-10-08')).thenThrows(ValidationError, 'SmallChangeStepsInOrder'),
    ).toBe(
      'A small change cannot be implemented on 2021-10-08, before it was agreed on 2021-10-11T15:00:00Z',
    );
    given(history)
      .when(implement('2021-10-11T09:00:00Z'))
      .thenThrows(ValidationError, 'SmallChangeStepsInOrder');
    given(history)
      .when(implement('2021-10-11'))
      .then([
        {
          type: 'SmallChangeImplemented',
          data: { smallChangeId: SC, programmeId: P, implementedAt: '2021-10-11', whatChanged: 'v2' },
        },
      ]);
  });

  it('experiment: started no earlier than designed', () => {
    const designed = {
      type: 'ExperimentDesigned',
      data: {
        experimentId: 'x1',
        programmeId: P,
        title: 't',
        hypothesis: { ifWe: 'a', weExpect: 'b', because: 'c' },
      },
    } as unknown as ExperimentEvent;
    const start = commandsOf<ExperimentCommand>()('StartExperiment', { experimentId: 'x1' }, '2022-01-03');
    expect(
      specFor(
        experimentAggregate,
        programmeFacts,
      )([on('2022-01-10', designed)])
        .when(start)
        .thenThrows(ValidationError, 'ExperimentStepsInOrder'),
    ).toBe('An experiment cannot be started on 2022-01-03, before it was designed on 2022-01-10');
  });

  it('barrier: re-scoped no earlier than identified', () => {
    const rescope = commandsOf<BarrierCommand>()(
      'RescopeBarrier',
      { barrierId: LOCAL_BARRIER, scope: 'national', rationale: 'Statute' },
      '2021-09-20',
    );
    expect(
      specFor(
        barrierAggregate,
        programmeFacts,
      )([on('2021-10-01', barrierIdentified(LOCAL_BARRIER, 'local'))])
        .when(rescope)
        .thenThrows(ValidationError, 'BarrierStepsInOrder'),
    ).toBe('A barrier cannot be re-scoped on 2021-09-20, before it was identified on 2021-10-01');
  });

  it('vision: revised no earlier than set, and no earlier than the revision before', () => {
    const set: ProgrammeEvent = {
      type: 'VisionSet',
      data: { programmeId: P, statement: 'Time with families', coAuthorIds: [SW1, DIRECTOR] },
    };
    const revise = commandsOf<ProgrammeCommand>()(
      'ReviseVision',
      { statement: 'More time', coAuthorIds: [SW1, DIRECTOR], rationale: 'Bolder' },
      '2021-10-01',
    );
    expect(
      specFor(
        programmeAggregate,
        programmeFacts,
      )([...programmeHistory, on('2021-10-05', set)])
        .when(revise)
        .thenThrows(ValidationError, 'VisionRevisionsInOrder'),
    ).toBe('The vision cannot be revised on 2021-10-01, before the step it follows (2021-10-05)');
  });

  it('participant: leaves no earlier than they joined', () => {
    const history = programmeHistory.map((event) =>
      event.type === 'ParticipantJoined' && event.data.participantId === MANAGER
        ? on('2021-11-01', event)
        : event,
    );
    const leave = commandsOf<ProgrammeCommand>()(
      'RecordParticipantLeft',
      { participantId: MANAGER },
      '2021-10-01',
    );
    expect(
      specFor(
        programmeAggregate,
        programmeFacts,
      )(history)
        .when(leave)
        .thenThrows(ValidationError, 'ParticipantLeavesAfterJoining'),
    ).toBe('A participant cannot leave on 2021-10-01, before the step it follows (2021-11-01)');
  });
});

describe("a review's decisions occur on the review's date", () => {
  const held: ReviewEvent = {
    type: 'ReviewHeld',
    data: {
      reviewId: 'review-march',
      programmeId: P,
      kind: 'monthlySeniorLeaderReview',
      heldAt: '2022-03-14',
      teamId: null,
      attendeeIds: [SW1, DIRECTOR],
    },
  };
  const given = specFor(reviewAggregate, programmeFacts);
  const review = commandsOf<ReviewCommand>();
  const decide = (date: string) =>
    review(
      'RecordDecision',
      { reviewId: 'review-march', decisionId: 'd1', decision: 'Go on', rationale: 'It works', affects: [] },
      date,
    );

  it('refuses a decision dated before or after the meeting, and takes one on its day', () => {
    const before = given([on('2022-03-14', held)])
      .when(decide('2022-03-07'))
      .thenThrows(ValidationError, 'DecisionOnReviewDate');
    expect(before).toBe(
      "A review's decisions occur on the review's date: it was held on 2022-03-14, the decision is dated 2022-03-07",
    );
    given([on('2022-03-14', held)])
      .when(decide('2022-03-15'))
      .thenThrows(ValidationError, 'DecisionOnReviewDate');
    given([on('2022-03-14', held)])
      .when(decide('2022-03-14T16:30:00Z'))
      .then([
        {
          type: 'DecisionRecorded',
          data: {
            reviewId: 'review-march',
            programmeId: P,
            decisionId: 'd1',
            decision: 'Go on',
            rationale: 'It works',
            affects: [],
            followUpOwnerId: null,
          },
        },
      ]);
  });

  it('refuses an insight dated before the review was held', () => {
    const insight = review(
      'RecordInsight',
      { reviewId: 'review-march', insightId: 'i1', kind: 'challenge', statement: 'Forms', barrierIds: [] },
      '2022-03-01',
    );
    expect(
      given([on('2022-03-14', held)])
        .when(insight)
        .thenThrows(ValidationError, 'InsightAfterReviewHeld'),
    ).toBe(
      'An insight of a review cannot be recorded as occurring on 2022-03-01, before the review was held on 2022-03-14',
    );
  });
});

describe('blueprint: an element’s change occurs no later than the version that publishes it', () => {
  const drafted: BlueprintEvent = {
    type: 'BlueprintDrafted',
    data: { programmeId: P, coOwnerIds: [SW1, MANAGER, DIRECTOR] },
  };
  const content = {
    kind: 'processChange' as const,
    title: 'Duty rota in blocks',
    description: 'Fewer handovers',
    barrierIds: [LOCAL_BARRIER],
    ownerIds: [SW1],
  };
  const added: BlueprintEvent = {
    type: 'BlueprintElementAdded',
    data: { programmeId: P, elementId: 'e1', ...content, rationale: null, evidence: [] },
  };
  const v1: BlueprintEvent = {
    type: 'BlueprintVersionPublished',
    data: { programmeId: P, version: 1, summary: 'First', endorsedBy: [SW1, DIRECTOR] },
  };
  const blueprint = commandsOf<BlueprintCommand>();
  const given = specFor(blueprintAggregate, programmeFacts);

  it('refuses a version published before a change it publishes', () => {
    const publish = blueprint(
      'PublishBlueprintVersion',
      { summary: 'First', endorsedBy: [SW1, DIRECTOR] },
      '2022-02-01',
    );
    expect(
      given([on('2022-01-10', drafted), on('2022-02-07', added)])
        .when(publish)
        .thenThrows(ValidationError, 'BlueprintChangesInVersionOrder'),
    ).toBe(
      'The blueprint cannot have a version published on 2022-02-01, before element e1 changed on 2022-02-07: a version publishes the changes made before it',
    );
  });

  it('refuses a change after a version dated before it (it would have been part of that version)', () => {
    const revise = blueprint(
      'ReviseBlueprintElement',
      { elementId: 'e1', ...content, title: 'Weekly blocks', rationale: 'Tired people' },
      '2022-02-20',
    );
    expect(
      given([on('2022-01-10', drafted), on('2022-02-07', added), on('2022-03-01', v1)])
        .when(revise)
        .thenThrows(ValidationError, 'BlueprintChangesInVersionOrder'),
    ).toBe(
      'The blueprint cannot have element e1 changed on 2022-02-20, before a version published on 2022-03-01: a change made before a version would have been part of it',
    );
  });
});
