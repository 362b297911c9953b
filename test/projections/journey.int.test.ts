import { event, launchedProgramme, P, readModelsGiven, type Given } from './givenEvents';

const story: Given[] = [
  ...launchedProgramme(),
  event(
    'PhaseStarted',
    { programmeId: P, phaseId: 'smallChanges', startedAt: '2022-02-01' },
    { occurredAt: '2022-02-01' },
  ),
  event(
    'SmallChangeProposed',
    {
      smallChangeId: 'sc-notes',
      programmeId: P,
      teamId: 'team-north',
      title: 'One-page visit notes',
      description: 'd',
      proposedBy: ['person-sw'],
      barrierIds: ['barrier-forms'],
    },
    { occurredAt: '2022-02-03', actorId: 'person-sw', actorRole: 'practitioner' },
  ),
  event(
    'SmallChangeAgreed',
    { smallChangeId: 'sc-notes', programmeId: P, agreedBy: ['person-tm'] },
    { occurredAt: '2022-02-07', actorId: 'person-tm', actorRole: 'leader' },
  ),
  // Recorded late: it happened before the agreement above.
  event(
    'ReviewHeld',
    {
      reviewId: 'r-1',
      programmeId: P,
      kind: 'teamCheckIn',
      heldAt: '2022-02-04',
      teamId: 'team-south',
      attendeeIds: ['person-tm'],
    },
    { occurredAt: '2022-02-04', recordedAt: '2022-02-20T09:00:00.000Z', actorId: 'person-tm' },
  ),
  event(
    'SmallChangeImplemented',
    {
      smallChangeId: 'sc-notes',
      programmeId: P,
      implementedAt: '2022-02-14',
      whatChanged: 'Visit notes fit on one page',
    },
    { occurredAt: '2022-02-14', actorId: 'person-sw', actorRole: 'practitioner' },
  ),
  event(
    'SmallChangeReverted',
    { smallChangeId: 'sc-notes', programmeId: P, rationale: 'Out-of-hours staff lost detail' },
    { occurredAt: '2022-03-14', actorId: 'person-tm' },
  ),
];

const NAMES = {
  'person-sw': 'Asha Worker',
  'person-tm': 'Tom Manager',
  'person-lead': 'Lee Lead',
  'person-dir': null,
};

describe('the entire journey', () => {
  const { readModels } = readModelsGiven(story, NAMES);
  const all = async (filter = {}) =>
    (await readModels.journey(P, filter, { first: 100 })).items.map((item) => item.node);

  it('gives one readable entry per fact, with who recorded it, in which role, and when', async () => {
    const entries = await all();
    expect(entries).toHaveLength(story.length);
    const implementedEntry = entries.find((entry) => entry.eventType === 'SmallChangeImplemented');
    expect(implementedEntry).toMatchObject({
      occurredAt: '2022-02-14',
      recordedAt: '2022-02-14T12:00:00.000Z',
      actorId: 'person-sw',
      actorName: 'Asha Worker',
      actorRole: 'practitioner',
      kind: 'smallChange',
      teamId: 'team-north',
      phaseId: 'smallChanges',
      summary: 'North implemented "One-page visit notes": Visit notes fit on one page.',
      rationale: null,
    });
    expect(implementedEntry?.links).toEqual([
      { kind: 'smallChange', id: 'sc-notes', label: 'One-page visit notes' },
    ]);
  });

  it('words proposals with the proposers by level, the barriers eased, and names people in links', async () => {
    const [proposal] = await all({ kinds: ['smallChange'] });
    expect(proposal?.summary).toBe(
      'North proposed small change "One-page visit notes" (proposed by 1 practitioner); it eases "Duplicate forms".',
    );
    expect(proposal?.links).toContainEqual({ kind: 'participant', id: 'person-sw', label: 'Asha Worker' });
  });

  it('carries the rationale of a reversal', async () => {
    const entries = await all();
    expect(entries.at(-1)).toMatchObject({
      summary: 'North reverted "One-page visit notes".',
      rationale: 'Out-of-hours staff lost detail',
    });
  });

  it('orders entries by when they happened, not when they were recorded', async () => {
    const days = (await all()).map((entry) => entry.occurredAt);
    expect(days).toEqual([...days].sort());
    const types = (await all({ from: '2022-02-03', to: '2022-02-07' })).map((entry) => entry.eventType);
    expect(types).toEqual(['SmallChangeProposed', 'ReviewHeld', 'SmallChangeAgreed']);
  });

  it('filters by kind, team and phase', async () => {
    expect((await all({ teamId: 'team-south' })).map((entry) => entry.eventType)).toEqual([
      'TeamEnrolled',
      'ReviewHeld',
    ]);
    expect((await all({ kinds: ['review'] })).map((entry) => entry.summary)).toEqual([
      'A team check in for South held with 1 attendee.',
    ]);
    expect(await all({ phaseId: 'smallChanges' })).toHaveLength(6);
  });

  it('shows "[erased]" for an erased person and "[unknown]" for someone the register never knew', async () => {
    const { readModels: erased } = readModelsGiven(
      [
        ...story,
        event(
          'VisionSet',
          { programmeId: P, statement: 'v', coAuthorIds: ['person-dir', 'person-ghost'] },
          { occurredAt: '2022-04-01', actorId: 'person-dir' },
        ),
      ],
      NAMES,
    );
    const last = (await erased.journey(P, { from: '2022-04-01' }, { first: 1 })).items[0]?.node;
    expect(last?.actorName).toBe('[erased]');
    expect(last?.links.map((link) => link.label)).toEqual(['[erased]', '[unknown]']);
  });

  it('pages with cursors that stay put when earlier facts are recorded later', async () => {
    const first = await readModels.journey(P, {}, { first: 4 });
    expect(first.hasNextPage).toBe(true);
    const cursor = first.items.at(-1)!.cursor;
    const rest = await readModels.journey(P, {}, { after: cursor, first: 100 });
    expect([...first.items, ...rest.items].map((item) => item.node.position)).toEqual(
      (await all()).map((entry) => entry.position),
    );
    expect(rest.hasNextPage).toBe(false);

    const { readModels: later } = readModelsGiven([
      ...story,
      event(
        'SimpleRuleAdopted',
        { programmeId: P, rule: 'Measure what matters' },
        { occurredAt: '2021-12-01' },
      ),
    ]);
    const again = await later.journey(P, {}, { after: cursor, first: 100 });
    expect(again.items.map((item) => item.node.position)).toEqual(
      rest.items.map((item) => item.node.position),
    );
  });

  it('refuses a cursor from another list', async () => {
    const history = await readModels.history(P, {}, { first: 1 });
    await expect(readModels.journey(P, {}, { after: history.items[0]!.cursor, first: 1 })).rejects.toThrow(
      /does not come from this journey list/,
    );
  });
});

describe('the auditor history', () => {
  const { readModels } = readModelsGiven(story, NAMES);

  it('holds every event of the programme in log order with its full metadata', async () => {
    const page = await readModels.history(P, {}, { first: 100 });
    expect(page.items.map((item) => item.node.type)).toEqual(story.map((given) => given.event.type));
    expect(page.items[10]?.node).toMatchObject({
      type: 'ReviewHeld',
      actorName: 'Tom Manager',
      eventId: 'event-11',
      metadata: {
        actorId: 'person-tm',
        occurredAt: '2022-02-04',
        recordedAt: '2022-02-20T09:00:00.000Z',
        commandId: 'command-11',
      },
      data: { reviewId: 'r-1', kind: 'teamCheckIn' },
    });
  });

  it('filters by type, actor and recorded-time range, and pages', async () => {
    const types = async (filter: object, first = 100) =>
      (await readModels.history(P, filter, { first })).items.map((item) => item.node.type);
    expect(await types({ types: ['SmallChangeAgreed', 'SmallChangeReverted'] })).toEqual([
      'SmallChangeAgreed',
      'SmallChangeReverted',
    ]);
    expect(await types({ actorId: 'person-sw' })).toEqual(['SmallChangeProposed', 'SmallChangeImplemented']);
    expect(await types({ recordedFrom: '2022-02-14', recordedTo: '2022-02-20' })).toEqual([
      'ReviewHeld',
      'SmallChangeImplemented',
    ]);
    const first = await readModels.history(P, {}, { first: 2 });
    const next = await readModels.history(P, {}, { first: 2, after: first.items[1]!.cursor });
    expect(next.items.map((item) => item.node.eventId)).toEqual(['event-3', 'event-4']);
  });
});
