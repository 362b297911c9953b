import { blueprintAggregate } from '../../src/domain/blueprint';
import type { BlueprintEvent } from '../../src/domain/blueprint/events';
import { experimentAggregate } from '../../src/domain/experiment';
import type { ExperimentEvent } from '../../src/domain/experiment/events';
import { IllegalStateError, NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import { LOCAL_BARRIER, P, programmeFacts, SW1 } from './fixtures';
import { command, design, designedEvent, hypothesis, ids, X } from './experimentSetup';
import { foldEvents, on, specFor } from './givenWhenThen';

const given = specFor(experimentAggregate, programmeFacts);
const designed = designedEvent;
const started: ExperimentEvent = { type: 'ExperimentStarted', data: { ...ids, startedAt: '2022-01-10' } };
const conclude = command(
  'ConcludeExperiment',
  {
    experimentId: X,
    result: 'notSupported',
    learning: 'Emergencies still landed on Thursdays',
    nextStep: 'abandon',
  },
  '2022-03-07',
);
const stop = command(
  'StopExperiment',
  { experimentId: X, rationale: 'Court work surged', learning: 'Protected time needs cover' },
  '2022-02-01',
);

describe('Experiment', () => {
  it('is designed with a hypothesis, barriers and measures', () => {
    given([]).when(design).then([designed]);
  });

  it('refuses a design without a full hypothesis, a measure, or known barriers; or reviewed before it starts', () => {
    given([])
      .when({ ...design, data: { ...design.data, hypothesis: { ...hypothesis, because: '' } } })
      .thenThrows(ValidationError, 'RequiredText');
    given([])
      .when({ ...design, data: { ...design.data, measureIds: [] } })
      .thenThrows(ValidationError, 'AtLeastOneRequired');
    given([])
      .when({ ...design, data: { ...design.data, measureIds: ['metric-x'] } })
      .thenThrows(NotFoundError, 'MetricInProgramme');
    given([])
      .when({ ...design, data: { ...design.data, barrierIds: ['nope'] } })
      .thenThrows(NotFoundError, 'BarrierInProgramme');
    given([])
      .when({ ...design, data: { ...design.data, reviewDate: '2021-12-01' } })
      .thenThrows(IllegalStateError, 'ReviewAfterStart');
    given([])
      .when({ ...design, data: { ...design.data, plannedStart: 'next week' } })
      .thenThrows(ValidationError, 'ValidDate');
  });

  it('serves a blueprint element only if the blueprint has it', () => {
    const withElement = { ...design, data: { ...design.data, blueprintElementId: 'element-1' } };
    given([]).when(withElement).thenThrows(NotFoundError, 'ElementInBlueprint');
    const blueprint = [
      { type: 'BlueprintDrafted', data: { programmeId: P, coOwnerIds: [SW1] } },
      {
        type: 'BlueprintElementAdded',
        data: {
          programmeId: P,
          elementId: 'element-1',
          kind: 'experiment',
          title: 't',
          description: 'd',
          barrierIds: [LOCAL_BARRIER],
          ownerIds: [SW1],
          rationale: null,
          evidence: [],
        },
      },
    ] as BlueprintEvent[];
    const facts = programmeFacts({
      blueprints: new Map([[P, foldEvents(blueprintAggregate, blueprint)]]),
    });
    expect(experimentAggregate.decide(withElement, experimentAggregate.initialState, facts)[0]).toMatchObject(
      { data: { blueprintElementId: 'element-1' } },
    );
  });

  it('starts once, is adapted with a rationale while running', () => {
    given([designed])
      .when(command('StartExperiment', { experimentId: X }, '2022-01-10'))
      .then([started]);
    given([designed, started])
      .when(command('StartExperiment', { experimentId: X }))
      .thenThrows(IllegalStateError, 'StartOnlyDesigned');
    given([designed, started])
      .when(
        command('AdaptExperiment', {
          experimentId: X,
          change: 'Tuesdays instead',
          rationale: 'Court lists on Thursdays',
        }),
      )
      .then([
        {
          type: 'ExperimentAdapted',
          data: { ...ids, change: 'Tuesdays instead', rationale: 'Court lists on Thursdays' },
        },
      ]);
    given([designed, started])
      .when(command('AdaptExperiment', { experimentId: X, change: 'Tuesdays instead', rationale: '' }))
      .thenThrows(ValidationError, 'RationaleRequired');
    given([designed])
      .when(command('AdaptExperiment', { experimentId: X, change: 'c', rationale: 'r' }))
      .thenThrows(IllegalStateError, 'OnlyRunningExperiment');
  });

  it('concludes with a result, its learning and a next step: failure is recorded as carefully as success', () => {
    given([designed, started])
      .when(conclude)
      .then([
        {
          type: 'ExperimentConcluded',
          data: {
            ...ids,
            concludedAt: '2022-03-07',
            result: 'notSupported',
            learning: 'Emergencies still landed on Thursdays',
            nextStep: 'abandon',
          },
        },
      ]);
    given([designed, started])
      .when({ ...conclude, data: { ...conclude.data, learning: ' ' } })
      .thenThrows(ValidationError, 'RequiredText');
    given([designed, started])
      .when({ ...conclude, data: { ...conclude.data, result: 'failed' as never } })
      .thenThrows(ValidationError, 'UnknownValue');
    given([designed]).when(conclude).thenThrows(IllegalStateError, 'OnlyRunningExperiment');
    const early = given([designed, on('2022-01-10', started)])
      .when({ ...conclude, context: { ...conclude.context, occurredAt: '2022-01-01' } })
      .thenThrows(ValidationError, 'ExperimentStepsInOrder');
    expect(early).toBe(
      'An experiment cannot be concluded on 2022-01-01, before it was started on 2022-01-10',
    );
  });

  it('stops early with why and what was learnt', () => {
    given([designed, started])
      .when(stop)
      .then([
        {
          type: 'ExperimentStoppedEarly',
          data: {
            ...ids,
            stoppedAt: '2022-02-01',
            rationale: 'Court work surged',
            learning: 'Protected time needs cover',
          },
        },
      ]);
    given([designed, started])
      .when({ ...stop, data: { ...stop.data, rationale: '' } })
      .thenThrows(ValidationError, 'RationaleRequired');
    given([designed, started])
      .when({ ...stop, data: { ...stop.data, learning: '' } })
      .thenThrows(ValidationError, 'RequiredText');
    const concluded = experimentAggregate.decide(
      conclude,
      given([designed, started]).state,
      programmeFacts(),
    );
    given([designed, started, ...concluded])
      .when(stop)
      .thenThrows(IllegalStateError, 'OnlyRunningExperiment');
  });
});
