/**
 * A wrong occurred date is corrected by an event of its own, with a rationale, that points at the
 * event it corrects; the item's state then goes by the correct date.
 */
import { measurementAggregate } from '../../src/domain/measurement';
import type { MeasurementCommand, MeasurementEvent } from '../../src/domain/measurement/events';
import { programmeAggregate } from '../../src/domain/programme';
import type { ProgrammeCommand } from '../../src/domain/programme/commands';
import type { ProgrammeEvent } from '../../src/domain/programme/events';
import { reviewAggregate } from '../../src/domain/review';
import type { ReviewCommand, ReviewEvent } from '../../src/domain/review/events';
import { NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import { smallChangeAggregate } from '../../src/domain/smallChange';
import type { SmallChangeCommand } from '../../src/domain/smallChange/commands';
import type { SmallChangeEvent } from '../../src/domain/smallChange/events';
import {
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
const ids = { smallChangeId: SC, programmeId: P };
const history = [
  on<SmallChangeEvent>('2021-10-04', {
    type: 'SmallChangeProposed',
    data: {
      ...ids,
      teamId: DUTY_TEAM,
      title: 'One-page visit notes',
      description: 'Shorter',
      proposedBy: [SW1],
      barrierIds: [LOCAL_BARRIER],
    },
  }),
  on<SmallChangeEvent>('2021-10-05', { type: 'SmallChangeAgreed', data: { ...ids, agreedBy: [MANAGER] } }),
  on<SmallChangeEvent>(
    '2021-10-06',
    { type: 'SmallChangeImplemented', data: { ...ids, implementedAt: '2021-10-06', whatChanged: 'v2' } },
    'event-implemented',
  ),
];
const smallChange = commandsOf<SmallChangeCommand>();
const correct = (
  eventId: string,
  correctOccurredAt: string,
  rationale = 'The rota shows it went live on the 14th',
) => smallChange('CorrectSmallChangeDate', { smallChangeId: SC, eventId, correctOccurredAt, rationale });
const given = specFor(smallChangeAggregate, programmeFacts);

describe('correcting a wrong occurred date', () => {
  it('records the correction, pointing at the event, with the wrong and the correct date', () => {
    given(history)
      .when(correct('event-implemented', '2021-10-14'))
      .then([
        {
          type: 'OccurredDateCorrected',
          data: {
            programmeId: P,
            item: { kind: 'smallChange', id: SC },
            eventId: 'event-implemented',
            eventType: 'SmallChangeImplemented',
            wrongOccurredAt: '2021-10-06',
            correctOccurredAt: '2021-10-14',
            rationale: 'The rota shows it went live on the 14th',
            followers: [],
          },
        },
      ]);
  });

  it('goes by the correct date from then on', () => {
    const events = smallChangeAggregate.decide(
      correct('event-implemented', '2021-10-14'),
      given(history).state,
      programmeFacts(),
    );
    const noticed = {
      hoursFreedPerWeek: 1,
      practitionersNoticed: 'Less typing',
      familiesNoticed: '',
      verdict: 'keep',
    } as const;
    const review = smallChange('ReviewSmallChange', { smallChangeId: SC, ...noticed }, '2021-10-10');
    // Before the correction the review on the 10th follows the implementation; after it, it cannot.
    given(history)
      .when(review)
      .then([{ type: 'SmallChangeReviewed', data: { ...ids, reviewedAt: '2021-10-10', ...noticed } }]);
    expect(
      given([...history, on('2021-11-01', events[0]!)])
        .when(review)
        .thenThrows(ValidationError, 'SmallChangeStepsInOrder'),
    ).toBe('A small change cannot be reviewed on 2021-10-10, before it was implemented on 2021-10-14');
  });

  it('refuses a correction of an event that is not a step of the item, or that changes nothing', () => {
    expect(
      given(history)
        .when(correct('event-elsewhere', '2021-10-14'))
        .thenThrows(NotFoundError, 'CorrectionPointsAtRecordedEvent'),
    ).toBe(
      'Event event-elsewhere is not a recorded step of smallChange sc-one-page-notes; give the eventId of the journey entry to correct',
    );
    given(history)
      .when(correct('event-implemented', '2021-10-06'))
      .thenThrows(ValidationError, 'CorrectionChangesTheDate');
    given(history)
      .when(correct('event-implemented', '2021-10-14', ' '))
      .thenThrows(ValidationError, 'RationaleRequired');
    given(history).when(correct('event-implemented', '14/10/2021')).thenThrows(ValidationError, 'ValidDate');
  });

  it('keeps the business-time rules: order with the other steps, the programme start, not in the future', () => {
    expect(
      given(history)
        .when(correct('event-implemented', '2021-10-04'))
        .thenThrows(ValidationError, 'SmallChangeStepsInOrder'),
    ).toBe('A small change cannot be implemented on 2021-10-04, before it was agreed on 2021-10-05');
    given(history)
      .when(correct('event-2', '2021-10-07'))
      .thenThrows(ValidationError, 'SmallChangeStepsInOrder');
    given(history)
      .when(correct('event-1', '2021-08-30'))
      .thenThrows(ValidationError, 'NotBeforeProgrammeStart');
    // The command is recorded on 2022-03-21 (fixtures): a correction into the future is refused.
    given(history)
      .when(correct('event-implemented', '2022-04-01'))
      .thenThrows(ValidationError, 'OccurredNotInFuture');
  });
});

describe("correcting a review's date", () => {
  const held = on<ReviewEvent>(
    '2022-03-14',
    {
      type: 'ReviewHeld',
      data: {
        reviewId: 'r1',
        programmeId: P,
        kind: 'monthlySeniorLeaderReview',
        heldAt: '2022-03-14',
        teamId: null,
        attendeeIds: [SW1, DIRECTOR],
      },
    },
    'event-held',
  );
  const decided = on<ReviewEvent>(
    '2022-03-14',
    {
      type: 'DecisionRecorded',
      data: {
        reviewId: 'r1',
        programmeId: P,
        decisionId: 'd1',
        decision: 'Go on',
        rationale: 'Works',
        affects: [],
        followUpOwnerId: null,
      },
    },
    'event-decided',
  );
  const review = commandsOf<ReviewCommand>();
  const correctReview = (eventId: string, date: string) =>
    review('CorrectReviewDate', {
      reviewId: 'r1',
      eventId,
      correctOccurredAt: date,
      rationale: 'The minutes are dated the 16th',
    });

  it('moves its decisions with it, since they occur on its date', () => {
    const [correction] = reviewAggregate.decide(
      correctReview('event-held', '2022-03-16'),
      specFor(reviewAggregate, programmeFacts)([held, decided]).state,
      programmeFacts(),
    );
    expect(correction?.data).toMatchObject({ eventId: 'event-held', followers: ['event-decided'] });
  });

  it("refuses to move a decision off its review's date", () => {
    specFor(
      reviewAggregate,
      programmeFacts,
    )([held, decided])
      .when(correctReview('event-decided', '2022-03-15'))
      .thenThrows(ValidationError, 'DecisionOnReviewDate');
  });
});

describe('correcting the date a phase started', () => {
  const started = on<ProgrammeEvent>(
    '2021-10-01',
    { type: 'PhaseStarted', data: { programmeId: P, phaseId: 'vision', startedAt: '2021-10-01' } },
    'event-started',
  );
  const programme = commandsOf<ProgrammeCommand>();
  it('moves the phase: completing it is then checked against the correct start', () => {
    const given = specFor(programmeAggregate, programmeFacts);
    const correction = programmeAggregate.decide(
      programme('CorrectProgrammeDate', {
        eventId: 'event-started',
        correctOccurredAt: '2021-10-20',
        rationale: 'Kick-off was the 20th',
      }),
      given([...programmeHistory, started]).state,
      programmeFacts(),
    );
    expect(
      given([...programmeHistory, started, on('2022-01-01', correction[0]!)])
        .when(programme('CompletePhase', { phaseId: 'vision', summary: 'Agreed' }, '2021-10-15'))
        .thenThrows(ValidationError, 'PhaseCannotCompleteBeforeItStarts'),
    ).toBe('Phase "Vision" cannot complete on 2021-10-15, before it started (2021-10-20)');
  });
});

describe('correcting a baseline measurement', () => {
  it('keeps it a baseline: before the start', () => {
    const baseline = on<MeasurementEvent>(
      '2021-08-27',
      {
        type: 'MeasurementRecorded',
        data: {
          programmeId: P,
          metricId: METRIC,
          measurementId: 'm0',
          periodStart: '2021-08-16',
          periodEnd: '2021-08-27',
          value: 19,
          source: { kind: 'timeDiary' },
          baseline: true,
        },
      },
      'event-baseline',
    );
    const measure = commandsOf<MeasurementCommand>();
    const given = specFor(measurementAggregate, programmeFacts);
    const correctTo = (date: string) =>
      measure('CorrectMeasurementDate', {
        metricId: METRIC,
        eventId: 'event-baseline',
        correctOccurredAt: date,
        rationale: 'Typo',
      });
    given([baseline]).when(correctTo('2021-09-02')).thenThrows(ValidationError, 'BaselineBeforeStart');
    given([baseline])
      .when(correctTo('2021-08-20'))
      .then([
        {
          type: 'OccurredDateCorrected',
          data: {
            programmeId: P,
            item: { kind: 'measurement', id: METRIC },
            eventId: 'event-baseline',
            eventType: 'MeasurementRecorded',
            wrongOccurredAt: '2021-08-27',
            correctOccurredAt: '2021-08-20',
            rationale: 'Typo',
            followers: [],
          },
        },
      ]);
  });
});
