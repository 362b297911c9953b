/**
 * Reading in business time: a corrected date moves an item's dates, its journey entry and its
 * phase; "as occurred" goes by corrected dates and by what each step implies; "as recorded" shows
 * the date the ledger held then.
 */
import { event, launchedProgramme, P, readModelsGiven, type Given } from './givenEvents';

const ids = { programmeId: P, smallChangeId: 'sc-1' };
const correction = (wrong: string, correct: string, recordedAt: string): Given =>
  event(
    'OccurredDateCorrected',
    {
      programmeId: P,
      item: { kind: 'smallChange', id: 'sc-1' },
      eventId: 'event-implemented',
      eventType: 'SmallChangeImplemented',
      wrongOccurredAt: wrong,
      correctOccurredAt: correct,
      rationale: 'The rota shows the later date',
      followers: [],
    },
    { occurredAt: recordedAt.slice(0, 10), recordedAt },
  );

const story: Given[] = [
  ...launchedProgramme(),
  event('PhaseStarted', { programmeId: P, phaseId: 'vision', startedAt: '2022-01-10' }),
  event('PhaseStarted', { programmeId: P, phaseId: 'smallChanges', startedAt: '2022-02-01' }),
  event(
    'SmallChangeProposed',
    {
      ...ids,
      teamId: 'team-north',
      title: 'One-page notes',
      description: 'Write once',
      proposedBy: ['person-sw'],
      barrierIds: [],
    },
    { occurredAt: '2022-01-20' },
  ),
  event('SmallChangeAgreed', { ...ids, agreedBy: ['person-tm'] }, { occurredAt: '2022-01-24' }),
  {
    ...event('SmallChangeImplemented', { ...ids, implementedAt: '2022-01-27', whatChanged: 'One page' }),
    eventId: 'event-implemented',
    recordedAt: '2022-01-27T12:00:00.000Z',
  },
  correction('2022-01-27', '2022-02-07', '2022-03-01T12:00:00.000Z'),
];

const implementedEntry = async (readModels: ReturnType<typeof readModelsGiven>['readModels']) =>
  (await readModels.journey(P, { kinds: ['smallChange'] }, { first: 10 })).items
    .map(({ node }) => node)
    .find((entry) => entry.eventType === 'SmallChangeImplemented');

describe('a corrected occurred date', () => {
  const { readModels } = readModelsGiven(story);

  it('moves the step in the item, in the journey (and its phase) and in the target window', async () => {
    const change = readModels.item<{ implemented: { implementedAt: string; occurredAt: string } }>(
      'smallChange',
      P,
      'sc-1',
    );
    expect(change?.implemented).toMatchObject({ implementedAt: '2022-02-07', occurredAt: '2022-02-07' });
    expect(await implementedEntry(readModels)).toMatchObject({
      occurredAt: '2022-02-07',
      phaseId: 'smallChanges',
    });
    // The target runs 8 weeks from the start of the small-changes phase (1 Feb): the 7th is inside it.
    expect(
      readModels.overview(P).teams.find((team) => team.teamId === 'team-north')?.implementedWithinTarget,
    ).toBe(1);
  });

  it('tells the correction as an entry of its own, with its rationale', async () => {
    const entries = (await readModels.journey(P, { from: '2022-03-01' }, { first: 10 })).items.map(
      ({ node }) => node,
    );
    expect(entries).toEqual([
      expect.objectContaining({
        eventType: 'OccurredDateCorrected',
        kind: 'smallChange',
        summary:
          'Date corrected: the small change implemented of "One-page notes" occurred on 7 Feb 2022, not 27 Jan 2022.',
        rationale: 'The rota shows the later date',
      }),
    ]);
  });

  it('is known "as occurred" at any time, and "as recorded" only from when it was recorded', async () => {
    const asOccurred = await readModels.asOf(P, { occurredAt: '2022-02-01' }, (past) => past.smallChanges(P));
    expect(asOccurred.map((change) => change.status)).toEqual(['agreed']);
    const knewThen = await readModels.asOf(P, { recordedAt: '2022-02-15T00:00:00Z' }, implementedEntry);
    expect(knewThen).toMatchObject({ occurredAt: '2022-01-27', phaseId: 'vision' });
    const knowNow = await readModels.asOf(P, { occurredAt: '2022-02-28' }, implementedEntry);
    expect(knowNow).toMatchObject({ occurredAt: '2022-02-07', phaseId: 'smallChanges' });
  });
});

describe('"as occurred" with steps a ledger from before the business-time rules holds out of order', () => {
  // Version 0.1.0 accepted an implementation dated before its proposal; such a ledger still reads.
  const legacy: Given[] = [
    ...launchedProgramme(),
    event(
      'SmallChangeProposed',
      {
        ...ids,
        teamId: 'team-north',
        title: 'One-page notes',
        description: 'Write once',
        proposedBy: ['person-sw'],
        barrierIds: [],
      },
      { occurredAt: '2022-03-10' },
    ),
    event('SmallChangeAgreed', { ...ids, agreedBy: ['person-tm'] }, { occurredAt: '2022-03-11' }),
    event('SmallChangeImplemented', { ...ids, implementedAt: '2022-03-01', whatChanged: 'x' }),
  ];
  const { readModels } = readModelsGiven(legacy);

  it('counts the change for its team: implemented by then, so proposed and agreed by then too', async () => {
    const overview = await readModels.asOf(P, { occurredAt: '2022-03-05' }, (past) => past.overview(P));
    expect(overview.teams.find((team) => team.teamId === 'team-north')?.smallChanges).toEqual({
      implemented: 1,
    });
  });

  it('leaves out what had not happened yet', async () => {
    const overview = await readModels.asOf(P, { occurredAt: '2022-02-28' }, (past) => past.overview(P));
    expect(overview.teams.find((team) => team.teamId === 'team-north')?.smallChanges).toEqual({});
  });
});
