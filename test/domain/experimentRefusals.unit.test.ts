/**
 * What a user is told when an experiment refuses a request: the error's class, its rule id and
 * the exact sentence; the state an experiment folds to; which other streams each command reads.
 */
import { experimentAggregate } from '../../src/domain/experiment';
import type { ExperimentCommand, ExperimentEvent } from '../../src/domain/experiment/events';
import { IllegalStateError, NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import { LOCAL_BARRIER, NATIONAL_BARRIER, P, programmeFacts } from './fixtures';
import { command, design, designedEvent, hypothesis, ids, X } from './experimentSetup';
import { on, specFor, type Given } from './givenWhenThen';

const given = specFor(experimentAggregate, programmeFacts);
const designing = (data: Record<string, unknown>) =>
  ({ ...design, data: { ...design.data, ...data } }) as ExperimentCommand;
const designed = on<ExperimentEvent>('2022-01-03', designedEvent);
const started = on<ExperimentEvent>('2022-01-10', {
  type: 'ExperimentStarted',
  data: { ...ids, startedAt: '2022-01-10' },
});
const concluded = on<ExperimentEvent>('2022-03-07', {
  type: 'ExperimentConcluded',
  data: {
    ...ids,
    concludedAt: '2022-03-07',
    result: 'notSupported',
    learning: 'Emergencies still landed on Thursdays',
    nextStep: 'abandon',
  },
});
const stopped = on<ExperimentEvent>('2022-02-01', {
  type: 'ExperimentStoppedEarly',
  data: { ...ids, stoppedAt: '2022-02-01', rationale: 'Court work surged', learning: 'Needs cover' },
});
const start = command('StartExperiment', { experimentId: X });
const adapt = (change: string, rationale: string) =>
  command('AdaptExperiment', { experimentId: X, change, rationale });
const conclude = (data: Record<string, unknown> = {}) =>
  command('ConcludeExperiment', {
    experimentId: X,
    result: 'supported',
    learning: 'Visits went up',
    nextStep: 'adopt',
    ...data,
  } as never);
const stop = (data: Record<string, unknown> = {}) =>
  command('StopExperiment', {
    experimentId: X,
    rationale: 'Court work surged',
    learning: 'Protected time needs cover',
    ...data,
  } as never);

type ErrorClass = typeof ValidationError | typeof IllegalStateError | typeof NotFoundError;
interface Refusal {
  readonly name: string;
  readonly history: readonly Given<ExperimentEvent>[];
  readonly when: ExperimentCommand;
  readonly error: ErrorClass;
  readonly rule: string;
  readonly message: string;
}
const running = [designed, started];
const DATE_FORMAT = 'must be a UTC date (2022-03-14) or timestamp (2022-03-14T09:30:00Z)';

const designRefusals: Refusal[] = [
  ...[
    ['a design with its hypothesis missing entirely', undefined, 'hypothesis: if we … must not be empty'],
    [
      'a design with a blank "if we …"',
      { ...hypothesis, ifWe: ' ' },
      'hypothesis: if we … must not be empty',
    ],
    [
      'a design with a blank "we expect …"',
      { ...hypothesis, weExpect: '' },
      'hypothesis: we expect … must not be empty',
    ],
    [
      'a design with a blank "because …"',
      { ...hypothesis, because: '' },
      'hypothesis: because … must not be empty',
    ],
  ].map(([name, value, message]) => ({
    name: name as string,
    history: [],
    when: designing({ hypothesis: value }),
    error: ValidationError,
    rule: 'RequiredText',
    message: message as string,
  })),
  ...(
    [
      [{ barrierIds: [] }, 'AtLeastOneRequired', 'barriers needs at least one entry'],
      [{ measureIds: [] }, 'AtLeastOneRequired', 'measures needs at least one entry'],
      [{ plannedStart: 'next week' }, 'ValidDate', `planned start ${DATE_FORMAT}; got "next week"`],
      [{ reviewDate: '7 March' }, 'ValidDate', `review date ${DATE_FORMAT}; got "7 March"`],
      [{ title: '  ' }, 'RequiredText', 'title must not be empty'],
    ] as const
  ).map(([data, rule, message]) => ({
    name: `a design with ${Object.keys(data)[0]} ${JSON.stringify(Object.values(data)[0])}`,
    history: [],
    when: designing(data),
    error: ValidationError,
    rule,
    message,
  })),
  {
    name: 'a design with an unknown measure',
    history: [],
    when: designing({ measureIds: ['metric-x'] }),
    error: NotFoundError,
    rule: 'MetricInProgramme',
    message: 'measures: metric metric-x is not defined in this programme',
  },
  {
    name: 'a design with a review date before the planned start',
    history: [],
    when: designing({ reviewDate: '2022-01-09' }),
    error: IllegalStateError,
    rule: 'ReviewAfterStart',
    message: 'The review date cannot come before the planned start',
  },
  {
    name: 'a design under an id already in use',
    history: [designed],
    when: design,
    error: IllegalStateError,
    rule: 'IdNotInUse',
    message: 'An experiment with this id has already been recorded',
  },
];

const phaseRefusals: Refusal[] = [
  ...(
    [
      ['to start an unknown experiment', [], start],
      ['to conclude an unknown experiment', [], conclude()],
    ] as const
  ).map(([name, history, when]) => ({
    name,
    history,
    when,
    error: NotFoundError,
    rule: 'ExperimentInProgramme',
    message: 'No experiment with this id has been recorded in this programme',
  })),
  ...(
    [
      ['a running experiment', running, 'Running'],
      ['a concluded experiment', [...running, concluded], 'Concluded'],
    ] as const
  ).map(([name, history, status]) => ({
    name: `to start ${name}`,
    history,
    when: start,
    error: IllegalStateError,
    rule: 'StartOnlyDesigned',
    message: `Only a designed experiment can start; this one is ${status}`,
  })),
  ...(
    [
      [adapt('Tuesdays instead', 'Court lists'), [designed], 'adapted', 'Designed'],
      [conclude(), [designed], 'concluded', 'Designed'],
      [conclude(), [...running, stopped], 'concluded', 'StoppedEarly'],
      [stop(), [designed], 'stopped early', 'Designed'],
      [stop(), [...running, concluded], 'stopped early', 'Concluded'],
    ] as const
  ).map(([when, history, doing, status]) => ({
    name: `${when.type} while ${status}`,
    history,
    when,
    error: IllegalStateError,
    rule: 'OnlyRunningExperiment',
    message: `An experiment can be ${doing} only while running; this one is ${status}`,
  })),
];

const LEARNING = 'learning (what the programme learnt) must not be empty';
const RESULTS = 'supported, notSupported, inconclusive';
const runningRefusals: Refusal[] = (
  [
    ['to adapt without a change', adapt(' ', 'Court lists'), 'RequiredText', 'change must not be empty'],
    [
      'to adapt without a rationale',
      adapt('Tuesdays instead', ''),
      'RationaleRequired',
      'A rationale is required when adapting an experiment',
    ],
    ['to conclude without learning', conclude({ learning: ' ' }), 'RequiredText', LEARNING],
    [
      'to conclude with an unknown result',
      conclude({ result: 'failed' }),
      'UnknownValue',
      `result must be one of ${RESULTS}; got "failed"`,
    ],
    [
      'to conclude with an unknown next step',
      conclude({ nextStep: 'pause' }),
      'UnknownValue',
      'next step must be one of adopt, adapt, abandon; got "pause"',
    ],
    [
      'to stop without a rationale',
      stop({ rationale: '' }),
      'RationaleRequired',
      'A rationale is required when stopping an experiment early',
    ],
    ['to stop without learning', stop({ learning: '' }), 'RequiredText', LEARNING],
  ] as const
).map(([name, when, rule, message]) => ({
  name,
  history: running,
  when,
  error: ValidationError,
  rule,
  message,
}));

describe('experiment refusals: class, rule and the exact sentence', () => {
  it.each([...designRefusals, ...phaseRefusals, ...runningRefusals])(
    'refuses $name',
    ({ history, when, error, rule, message }) => {
      expect(given(history).when(when).thenThrows(error, rule)).toBe(message);
    },
  );
});

describe('experiment state', () => {
  const step = (eventId: string, occurredAt: string, type: string) => ({
    eventId,
    occurredAt,
    type,
    thread: 'experiment',
  });

  it('a concluded experiment keeps its result and every dated step', () => {
    expect(given([designed, started, concluded]).state).toEqual({
      status: 'Concluded',
      id: X,
      programmeId: P,
      result: 'notSupported',
      steps: [
        step('event-1', '2022-01-03', 'ExperimentDesigned'),
        step('event-2', '2022-01-10', 'ExperimentStarted'),
        step('event-3', '2022-03-07', 'ExperimentConcluded'),
      ],
    });
  });

  it('a stopped experiment has no result', () => {
    expect(given([designed, started, stopped]).state).toMatchObject({ status: 'StoppedEarly', result: null });
  });
});

describe('which other streams an experiment command reads', () => {
  const references = (when: ExperimentCommand) =>
    experimentAggregate.references(when, experimentAggregate.initialState);

  it('a design reads its barriers, and the blueprint only when it serves an element', () => {
    expect(
      references(
        designing({ barrierIds: [LOCAL_BARRIER, NATIONAL_BARRIER], blueprintElementId: 'element-1' }),
      ),
    ).toEqual([
      { kind: 'barrier', id: LOCAL_BARRIER },
      { kind: 'barrier', id: NATIONAL_BARRIER },
      { kind: 'blueprint', id: P },
    ]);
    expect(references(design)).toEqual([{ kind: 'barrier', id: LOCAL_BARRIER }]);
  });

  it('stopping reads the review whose decision it cites, and nothing when it cites none', () => {
    expect(references(stop({ decision: { reviewId: 'review-march', decisionId: 'd1' } }))).toEqual([
      { kind: 'review', id: 'review-march' },
    ]);
    expect(references(stop())).toEqual([]);
  });

  it.each([start, adapt('c', 'r'), conclude()])('$type reads no other stream', (when) => {
    expect(references(when)).toEqual([]);
  });
});
