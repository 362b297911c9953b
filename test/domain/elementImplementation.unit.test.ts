/** Blueprint elements implemented, not only planned: status over time, owner, retirement with learning. */
import { blueprintAggregate } from '../../src/domain/blueprint';
import type { BlueprintCommand } from '../../src/domain/blueprint/commands';
import type { BlueprintEvent } from '../../src/domain/blueprint/events';
import { IllegalStateError, NotFoundError, ValidationError } from '../../src/domain/shared/errors';
import { commandsOf, LEFT, LOCAL_BARRIER, MANAGER, P, programmeFacts, SW1 } from './fixtures';
import { on, specFor } from './givenWhenThen';

const given = specFor(blueprintAggregate, programmeFacts);
const command = commandsOf<BlueprintCommand>();
const ELEMENT = 'element-duty-rota';

const drafted: BlueprintEvent = {
  type: 'BlueprintDrafted',
  data: { programmeId: P, coOwnerIds: [SW1, MANAGER] },
};
const added = on('2022-01-10', {
  type: 'BlueprintElementAdded',
  data: {
    programmeId: P,
    elementId: ELEMENT,
    kind: 'processChange',
    title: 'Duty rota in weekly blocks',
    description: 'Fewer handovers',
    barrierIds: [LOCAL_BARRIER],
    ownerIds: [SW1],
    rationale: null,
    evidence: [],
  },
} as BlueprintEvent);
const planned = on('2022-01-12', {
  type: 'ElementImplementationPlanned',
  data: {
    programmeId: P,
    elementId: ELEMENT,
    ownerId: MANAGER,
    plannedStartOn: '2022-02-01',
    plannedImplementedBy: '2022-04-30',
    rationale: null,
  },
} as BlueprintEvent);
const started = on('2022-02-01', {
  type: 'ElementImplementationStarted',
  data: { programmeId: P, elementId: ELEMENT },
} as BlueprintEvent);
const paused = on('2022-02-20', {
  type: 'ElementImplementationPaused',
  data: { programmeId: P, elementId: ELEMENT, rationale: 'Two vacancies on the duty team' },
} as BlueprintEvent);
const implemented = on('2022-03-01', {
  type: 'ElementImplemented',
  data: { programmeId: P, elementId: ELEMENT, summary: 'Both teams on weekly blocks' },
} as BlueprintEvent);

const plan = (
  data: Partial<{
    ownerId: string;
    plannedStartOn: string;
    plannedImplementedBy: string;
    rationale: string;
  }> = {},
) =>
  command(
    'PlanElementImplementation',
    {
      elementId: ELEMENT,
      ownerId: MANAGER,
      plannedStartOn: '2022-02-01',
      plannedImplementedBy: '2022-04-30',
      ...data,
    },
    '2022-01-12',
  );
const startOn = (date: string) => command('StartElementImplementation', { elementId: ELEMENT }, date);
const retire = command(
  'RetireBlueprintElement',
  {
    elementId: ELEMENT,
    rationale: 'Weekly blocks left the duty desk short on Mondays',
    learning: 'Handovers were not the cost; cover was',
    nextStep: 'A cover pool was added to the blueprint instead',
  },
  '2022-05-02',
);

describe('blueprint element implementation', () => {
  it('plans an element with an owner and planned dates', () => {
    given([drafted, added])
      .when(plan())
      .then([
        {
          type: 'ElementImplementationPlanned',
          data: {
            programmeId: P,
            elementId: ELEMENT,
            ownerId: MANAGER,
            plannedStartOn: '2022-02-01',
            plannedImplementedBy: '2022-04-30',
            rationale: null,
          },
        },
      ]);
  });

  it('refuses an owner who is not (or no longer) in the programme, and dates out of order', () => {
    given([drafted, added])
      .when(plan({ ownerId: 'person-nobody' }))
      .thenThrows(NotFoundError, 'ParticipantInProgramme');
    given([drafted, added])
      .when(plan({ ownerId: LEFT }))
      .thenThrows(IllegalStateError, 'ParticipantActive');
    const message = given([drafted, added])
      .when(plan({ plannedImplementedBy: '2022-01-31' }))
      .thenThrows(ValidationError, 'PlannedDatesInOrder');
    expect(message).toBe(
      'The planned completion (2022-01-31) cannot come before the planned start (2022-02-01)',
    );
  });

  it('asks why when an element is planned again', () => {
    given([drafted, added, planned]).when(plan()).thenThrows(ValidationError, 'RationaleRequired');
    given([drafted, added, planned])
      .when(plan({ plannedStartOn: '2022-03-01', rationale: 'Vacancies first' }))
      .then([
        {
          type: 'ElementImplementationPlanned',
          data: {
            programmeId: P,
            elementId: ELEMENT,
            ownerId: MANAGER,
            plannedStartOn: '2022-03-01',
            plannedImplementedBy: '2022-04-30',
            rationale: 'Vacancies first',
          },
        },
      ]);
  });

  it('starts only a planned element with an owner', () => {
    given([drafted, added, planned])
      .when(startOn('2022-02-01'))
      .then([{ type: 'ElementImplementationStarted', data: { programmeId: P, elementId: ELEMENT } }]);
    const message = given([drafted, added])
      .when(startOn('2022-02-01'))
      .thenThrows(IllegalStateError, 'ImplementationHasOwner');
    expect(message).toContain('plan its implementation, naming its owner, first');
    given([drafted, added, planned, started])
      .when(startOn('2022-02-02'))
      .thenThrows(IllegalStateError, 'ElementImplementationLifecycle');
  });

  it('pauses with a reason, resumes, and completes only what is in progress', () => {
    const pause = (rationale?: string) =>
      command(
        'PauseElementImplementation',
        { elementId: ELEMENT, rationale: rationale as string },
        '2022-02-20',
      );
    given([drafted, added, planned, started]).when(pause()).thenThrows(ValidationError, 'RationaleRequired');
    given([drafted, added, planned])
      .when(pause('Vacancies'))
      .thenThrows(IllegalStateError, 'ElementImplementationLifecycle');
    given([drafted, added, planned, started])
      .when(pause('Two vacancies on the duty team'))
      .then([
        {
          type: 'ElementImplementationPaused',
          data: { programmeId: P, elementId: ELEMENT, rationale: 'Two vacancies on the duty team' },
        },
      ]);
    const complete = command(
      'CompleteElementImplementation',
      { elementId: ELEMENT, summary: 'Done' },
      '2022-03-01',
    );
    const message = given([drafted, added, planned, started, paused])
      .when(complete)
      .thenThrows(IllegalStateError, 'ElementImplementationLifecycle');
    expect(message).toBe(
      `Element ${ELEMENT} is paused, so its implementation cannot be completed (it can from: in progress)`,
    );
    given([drafted, added, planned, started, paused])
      .when(command('ResumeElementImplementation', { elementId: ELEMENT }, '2022-02-27'))
      .then([
        {
          type: 'ElementImplementationResumed',
          data: { programmeId: P, elementId: ELEMENT, rationale: null },
        },
      ]);
    given([drafted, added, planned, started])
      .when(complete)
      .then([{ type: 'ElementImplemented', data: { programmeId: P, elementId: ELEMENT, summary: 'Done' } }]);
  });

  it('retires an element with its rationale, learning and next step, after which nothing more happens', () => {
    given([drafted, added, planned, started, implemented])
      .when(retire)
      .then([{ type: 'BlueprintElementRetired', data: { ...retire.data } }]);
    given([drafted, added])
      .when({ ...retire, data: { ...retire.data, learning: ' ' } })
      .thenThrows(ValidationError, 'RequiredText');
    given([drafted, added])
      .when({ ...retire, data: { ...retire.data, rationale: '' } })
      .thenThrows(ValidationError, 'RationaleRequired');
    const retired = on('2022-05-02', {
      type: 'BlueprintElementRetired',
      data: { ...retire.data },
    } as BlueprintEvent);
    given([drafted, added, retired]).when(retire).thenThrows(IllegalStateError, 'RetiredElementStaysRetired');
    given([drafted, added, retired]).when(plan()).thenThrows(IllegalStateError, 'RetiredElementStaysRetired');
  });

  it('refuses an element that is not in the blueprint', () => {
    given([drafted]).when(startOn('2022-02-01')).thenThrows(NotFoundError, 'ElementInBlueprint');
  });

  it('keeps the steps of one element in business-time order, after the element was added', () => {
    const message = given([drafted, added, planned, started])
      .when(
        command('PauseElementImplementation', { elementId: ELEMENT, rationale: 'Vacancies' }, '2022-01-20'),
      )
      .thenThrows(ValidationError, 'ElementImplementationStepsInOrder');
    expect(message).toBe(
      `The implementation of element ${ELEMENT} cannot have a step on 2022-01-20, before its step on 2022-02-01: they happen in order`,
    );
    given([drafted, added])
      .when(command('PlanElementImplementation', { elementId: ELEMENT, ownerId: MANAGER }, '2022-01-05'))
      .thenThrows(ValidationError, 'ElementImplementationStepsInOrder');
  });
});

describe('blueprint element implementation: what a recorder is told', () => {
  const resumed = on('2022-02-27', {
    type: 'ElementImplementationResumed',
    data: { programmeId: P, elementId: ELEMENT, rationale: null },
  } as BlueprintEvent);

  it('says what state the element is in and which step it can take instead', () => {
    const startAgain = given([drafted, added, planned, started])
      .when(startOn('2022-02-02'))
      .thenThrows(IllegalStateError, 'ElementImplementationLifecycle');
    expect(startAgain).toBe(
      `Element ${ELEMENT} is in progress, so its implementation cannot start (it can from: planned, not started)`,
    );
    const resumeRunning = given([drafted, added, planned, started])
      .when(command('ResumeElementImplementation', { elementId: ELEMENT }, '2022-02-27'))
      .thenThrows(IllegalStateError, 'ElementImplementationLifecycle');
    expect(resumeRunning).toBe(
      `Element ${ELEMENT} is in progress, so its implementation cannot resume (it can from: paused)`,
    );
    const pauseDone = given([drafted, added, planned, started, implemented])
      .when(
        command('PauseElementImplementation', { elementId: ELEMENT, rationale: 'Vacancies' }, '2022-03-02'),
      )
      .thenThrows(IllegalStateError, 'ElementImplementationLifecycle');
    expect(pauseDone).toBe(
      `Element ${ELEMENT} is implemented, so its implementation cannot pause (it can from: in progress)`,
    );
    const completePlanned = given([drafted, added, planned])
      .when(command('CompleteElementImplementation', { elementId: ELEMENT, summary: 'Done' }, '2022-03-01'))
      .thenThrows(IllegalStateError, 'ElementImplementationLifecycle');
    expect(completePlanned).toBe(
      `Element ${ELEMENT} is planned, not started, so its implementation cannot be completed (it can from: in progress)`,
    );
    const retired = given([
      drafted,
      added,
      on('2022-05-02', { type: 'BlueprintElementRetired', data: { ...retire.data } } as BlueprintEvent),
    ])
      .when(startOn('2022-05-03'))
      .thenThrows(IllegalStateError, 'RetiredElementStaysRetired');
    expect(retired).toBe(
      `Element ${ELEMENT} has been retired: its implementation is over (add a new element to try again)`,
    );
    const missing = given([drafted])
      .when(startOn('2022-02-01'))
      .thenThrows(NotFoundError, 'ElementInBlueprint');
    expect(missing).toBe(`Element ${ELEMENT} is not in this blueprint`);
  });

  it('resumes a paused element, which can then be paused again or completed', () => {
    given([drafted, added, planned, started, paused, resumed])
      .when(
        command(
          'CompleteElementImplementation',
          { elementId: ELEMENT, summary: ' Both teams ' },
          '2022-03-01',
        ),
      )
      .then([
        { type: 'ElementImplemented', data: { programmeId: P, elementId: ELEMENT, summary: 'Both teams' } },
      ]);
    given([drafted, added, planned, started, paused])
      .when(
        command(
          'ResumeElementImplementation',
          { elementId: ELEMENT, rationale: ' Vacancies filled ' },
          '2022-02-27',
        ),
      )
      .then([
        {
          type: 'ElementImplementationResumed',
          data: { programmeId: P, elementId: ELEMENT, rationale: 'Vacancies filled' },
        },
      ]);
    given([drafted, added, planned, started])
      .when(command('CompleteElementImplementation', { elementId: ELEMENT, summary: ' ' }, '2022-03-01'))
      .thenThrows(ValidationError, 'RequiredText');
  });

  it('plans with one planned date, or none, or both on one day; keeps a first plan’s reason if given', () => {
    const plannedWith = (data: object) => [
      {
        type: 'ElementImplementationPlanned',
        data: {
          programmeId: P,
          elementId: ELEMENT,
          ownerId: MANAGER,
          plannedStartOn: null,
          plannedImplementedBy: null,
          rationale: null,
          ...data,
        },
      } as BlueprintEvent,
    ];
    const planOnly = (data: object) =>
      command('PlanElementImplementation', { elementId: ELEMENT, ownerId: MANAGER, ...data }, '2022-01-12');
    given([drafted, added]).when(planOnly({})).then(plannedWith({}));
    given([drafted, added])
      .when(planOnly({ plannedImplementedBy: '2022-04-30' }))
      .then(plannedWith({ plannedImplementedBy: '2022-04-30' }));
    given([drafted, added])
      .when(planOnly({ plannedStartOn: '2022-02-01' }))
      .then(plannedWith({ plannedStartOn: '2022-02-01' }));
    given([drafted, added])
      .when(
        plan({ plannedStartOn: '2022-02-01', plannedImplementedBy: '2022-02-01', rationale: ' Quick win ' }),
      )
      .then(
        plannedWith({
          plannedStartOn: '2022-02-01',
          plannedImplementedBy: '2022-02-01',
          rationale: 'Quick win',
        }),
      );
    given([drafted, added])
      .when(plan({ rationale: '  ' }))
      .then(
        plannedWith({
          plannedStartOn: '2022-02-01',
          plannedImplementedBy: '2022-04-30',
        }),
      );
    const message = given([drafted, added])
      .when(plan({ plannedStartOn: '2022-02-30' }))
      .thenThrows(ValidationError, 'ValidDate');
    expect(message).toBe(
      'planned start must be a UTC date (2022-03-14) or timestamp (2022-03-14T09:30:00Z); got "2022-02-30"',
    );
    given([drafted, added])
      .when(plan({ plannedImplementedBy: 'soon' }))
      .thenThrows(ValidationError, 'ValidDate');
  });

  it('retires with each part as written, without surrounding spaces, and asks for a next step', () => {
    given([drafted, added])
      .when({ ...retire, data: { ...retire.data, nextStep: '' } })
      .thenThrows(ValidationError, 'RequiredText');
    given([drafted, added])
      .when({ ...retire, data: { ...retire.data, rationale: ' Left the desk short ', learning: ' Cover ' } })
      .then([
        {
          type: 'BlueprintElementRetired',
          data: { ...retire.data, rationale: 'Left the desk short', learning: 'Cover' },
        },
      ]);
  });
});

describe('blueprint element implementation: each refusal names what is missing', () => {
  const pause = command('PauseElementImplementation', { elementId: ELEMENT, rationale: '' }, '2022-02-20');
  const complete = command(
    'CompleteElementImplementation',
    { elementId: ELEMENT, summary: ' ' },
    '2022-03-01',
  );

  it.each([
    [
      [drafted, added],
      plan({ plannedImplementedBy: 'soon' }),
      ValidationError,
      'ValidDate',
      'planned completion must be a UTC date (2022-03-14) or timestamp (2022-03-14T09:30:00Z); got "soon"',
    ],
    [
      [drafted, added],
      plan({ ownerId: 'person-nobody' }),
      NotFoundError,
      'ParticipantInProgramme',
      'implementation owner: person-nobody is not a participant of this programme',
    ],
    [
      [drafted, added, planned],
      plan(),
      ValidationError,
      'RationaleRequired',
      'A rationale is required when the implementation of an element is planned again',
    ],
    [
      [drafted, added],
      { ...retire, data: { ...retire.data, rationale: '' } },
      ValidationError,
      'RationaleRequired',
      'A rationale is required when an element is retired',
    ],
    [
      [drafted, added],
      { ...retire, data: { ...retire.data, learning: ' ' } },
      ValidationError,
      'RequiredText',
      'what was learnt must not be empty',
    ],
    [
      [drafted, added],
      { ...retire, data: { ...retire.data, nextStep: '' } },
      ValidationError,
      'RequiredText',
      'what was done next must not be empty',
    ],
    [
      [drafted, added, planned, started],
      pause,
      ValidationError,
      'RationaleRequired',
      'A rationale is required when the implementation of an element is paused',
    ],
    [
      [drafted, added, planned, started],
      complete,
      ValidationError,
      'RequiredText',
      'what was implemented must not be empty',
    ],
  ] as const)('refuses (%#) with its rule and sentence', (events, when, errorClass, rule, sentence) => {
    expect(
      given([...events])
        .when(when as BlueprintCommand)
        .thenThrows(errorClass, rule),
    ).toBe(sentence);
  });
});
