/**
 * A kept base is never used for an answer the log has moved past: a date corrected after an
 * occurred-axis base was made, an event recorded after a recorded-axis base's instant, an event
 * appended later with an earlier recorded time, and a rebuild of the read models (a redaction)
 * each give the answer the full refold gives, with the values a reader sees.
 */
import { SqliteReadModelStore } from '../../src/infrastructure/readModels/sqliteReadModelStore';
import { AsOfBases } from '../../src/projections/asOfBases';
import { LedgerReadModels } from '../../src/projections/ledgerReadModels';
import { LEDGER_PROJECTIONS } from '../../src/projections/projections';
import type { AsOf } from '../../src/projections/timeTravel';
import { event, launchedProgramme, P, recordsOf, type Given } from './givenEvents';

const ids = { programmeId: P, smallChangeId: 'sc-1' };
const proposed = (smallChangeId: string, title: string, recordedAt: string): Given =>
  event(
    'SmallChangeProposed',
    {
      ...ids,
      smallChangeId,
      teamId: 'team-north',
      title,
      description: 'Write once',
      proposedBy: ['person-sw'],
      barrierIds: [],
    },
    { occurredAt: '2022-01-20', recordedAt },
  );
const story = (title = 'One-page notes'): Given[] => [
  ...launchedProgramme(),
  event('PhaseStarted', { programmeId: P, phaseId: 'vision', startedAt: '2022-01-10' }),
  event('PhaseStarted', { programmeId: P, phaseId: 'smallChanges', startedAt: '2022-02-01' }),
  proposed('sc-1', title, '2022-01-20T12:00:00.000Z'),
  event('SmallChangeAgreed', { ...ids, agreedBy: ['person-tm'] }, { occurredAt: '2022-01-24' }),
  {
    ...event('SmallChangeImplemented', { ...ids, implementedAt: '2022-01-27', whatChanged: 'One page' }),
    eventId: 'event-implemented',
  },
];
const correction = event(
  'OccurredDateCorrected',
  {
    programmeId: P,
    item: { kind: 'smallChange', id: 'sc-1' },
    eventId: 'event-implemented',
    eventType: 'SmallChangeImplemented',
    wrongOccurredAt: '2022-01-27',
    correctOccurredAt: '2022-02-07',
    rationale: 'The rota shows the later date',
    followers: [],
  },
  { occurredAt: '2022-03-01', recordedAt: '2022-03-01T12:00:00.000Z' },
);

const ledger = () => {
  const live = new SqliteReadModelStore(':memory:');
  let next = 1n;
  const record = (given: readonly Given[]) => {
    const records = recordsOf(given, next);
    next += BigInt(given.length);
    live.commit((target) => {
      for (const one of records) for (const projection of LEDGER_PROJECTIONS) projection.apply(one, target);
    }, new Map());
  };
  const options = {
    register: { lookup: async () => new Map() },
    projections: LEDGER_PROJECTIONS,
    openScratch: () => new SqliteReadModelStore(':memory:'),
  };
  const bases = new AsOfBases({
    open: options.openScratch,
    build: () => live.build(),
    projections: LEDGER_PROJECTIONS,
  });
  const kept = new LedgerReadModels(live, { ...options, asOfBases: bases });
  const refold = new LedgerReadModels(live, options);
  /** What a reader sees of the small changes as of the instant: title and status, by both paths (which must agree). */
  const changes = async (instant: AsOf) => {
    const read = (past: LedgerReadModels) =>
      past.smallChanges(P).map((change) => [change.smallChangeId, change.title, change.status]);
    const answer = await kept.asOf(P, instant, read);
    expect(answer).toEqual(await refold.asOf(P, instant, read));
    return answer;
  };
  /** The read models dropped and rebuilt from the log, the same events at the same positions. */
  const rebuild = (given: readonly Given[]) => {
    live.reset();
    next = 1n;
    record(given);
  };
  return { record, rebuild, changes };
};

describe('a kept base for reads as of a past time', () => {
  it('is not used for the occurred axis once a date correction is recorded after it', async () => {
    const { record, changes } = ledger();
    record(story());
    expect(await changes({ occurredAt: '2022-01-31' })).toEqual([['sc-1', 'One-page notes', 'implemented']]);
    // Recorded since: an event after the instant leaves the answer as it was.
    record([event('PhaseStarted', { programmeId: P, phaseId: 'testAndLearn', startedAt: '2022-02-20' })]);
    expect(await changes({ occurredAt: '2022-01-31' })).toEqual([['sc-1', 'One-page notes', 'implemented']]);
    // The implementation is now known to have happened on 7 February: by 31 January it was only agreed.
    record([correction]);
    expect(await changes({ occurredAt: '2022-01-31' })).toEqual([['sc-1', 'One-page notes', 'agreed']]);
  });

  it('is not used for the recorded axis at an instant before one of its events was recorded', async () => {
    const { record, changes } = ledger();
    record(story());
    expect(await changes({ recordedAt: '2022-02-15' })).toEqual([['sc-1', 'One-page notes', 'implemented']]);
    // The smallChanges phase was recorded on 1 February, before the proposal in the log but after it in time.
    expect(await changes({ recordedAt: '2022-01-25' })).toEqual([['sc-1', 'One-page notes', 'agreed']]);
    expect(await changes({ recordedAt: '2022-01-19' })).toEqual([]);
  });

  it('folds an event appended later with an earlier recorded time (a clock set back)', async () => {
    const { record, changes } = ledger();
    record(story());
    expect(await changes({ recordedAt: '2022-02-15' })).toEqual([['sc-1', 'One-page notes', 'implemented']]);
    record([proposed('sc-2', 'Shared rota', '2022-01-22T09:00:00.000Z')]);
    expect(await changes({ recordedAt: '2022-02-15' })).toEqual([
      ['sc-1', 'One-page notes', 'implemented'],
      ['sc-2', 'Shared rota', 'proposed'],
    ]);
    expect(await changes({ recordedAt: '2022-01-25' })).toEqual([
      ['sc-1', 'One-page notes', 'agreed'],
      ['sc-2', 'Shared rota', 'proposed'],
    ]);
  });

  it('is dropped when the read models are rebuilt (after a redaction)', async () => {
    const { record, rebuild, changes } = ledger();
    record(story());
    for (const instant of [{ recordedAt: '2022-02-15' }, { occurredAt: '2022-01-31' }])
      expect(await changes(instant)).toEqual([['sc-1', 'One-page notes', 'implemented']]);
    rebuild(story('[redacted]'));
    for (const instant of [{ recordedAt: '2022-02-15' }, { occurredAt: '2022-01-31' }])
      expect(await changes(instant)).toEqual([['sc-1', '[redacted]', 'implemented']]);
  });
});
