import { CommandHandler } from '../../src/application/commandHandler';
import { SqlitePersonalDataRegister } from '../../src/infrastructure/personalData/sqlitePersonalDataRegister';
import type { LedgerReadModels } from '../../src/projections/ledgerReadModels';
import { FENMOOR, recordFenmoorJourney } from '../support/fenmoorJourney';
import { readModelsFor } from '../support/readModels';
import { tempSqliteStore } from '../support/tempStore';

/** What a dashboard, an evaluator and an auditor saw of Fenmoor at one moment. */
const view = async (readModels: LedgerReadModels) => ({
  overview: readModels.overview(FENMOOR),
  blueprint: readModels.blueprint(FENMOOR) ?? null,
  journey: (await readModels.journey(FENMOOR, {}, { first: 1000 })).items.map((item) => item.node),
});

describe('time travel', () => {
  const temp = tempSqliteStore();
  const register = new SqlitePersonalDataRegister(temp.path);
  const { runner, readModels, readModelStore } = readModelsFor(temp.folder, temp.store, register);
  const seen: { recordedAt: string; view: Awaited<ReturnType<typeof view>> }[] = [];

  beforeAll(async () => {
    let minute = 0;
    const clock = () => new Date(Date.UTC(2022, 5, 1, 9, (minute += 1)));
    // After every command, the live read models catch up and what they show is kept.
    const handler = new (class extends CommandHandler {
      override async execute(...args: Parameters<CommandHandler['execute']>) {
        const result = await super.execute(...args);
        await runner.catchUp();
        seen.push({
          recordedAt: new Date(Date.UTC(2022, 5, 1, 9, minute)).toISOString(),
          view: await view(readModels),
        });
        return result;
      }
    })(temp.store, { clock });
    await recordFenmoorJourney(handler, register);
  }, 60_000);
  afterAll(async () => {
    readModelStore.close();
    await register.close();
    await temp.dispose();
  });

  // Names are not part of the past: they come from today's register, so an erasure reaches back too.
  const withoutNames = ({ journey, ...rest }: Awaited<ReturnType<typeof view>>) => ({
    ...rest,
    journey: journey.map(({ actorName: _name, links, ...entry }) => ({
      ...entry,
      links: links.map((link) => (link.kind === 'participant' ? { ...link, label: 'a person' } : link)),
    })),
  });

  it('shows, as of any past recorded time, exactly what the live read models showed then', async () => {
    expect(seen.length).toBe(85);
    for (const moment of seen.filter((_, index) => index % 7 === 3 || index === seen.length - 1)) {
      const past = await readModels.asOf(FENMOOR, { recordedAt: moment.recordedAt }, view);
      expect({ at: moment.recordedAt, ...withoutNames(past) }).toEqual({
        at: moment.recordedAt,
        ...withoutNames(moment.view),
      });
    }
  });

  it('names people in the past as the register knows them today', async () => {
    const first = seen[0]!;
    // Recorded before the director was registered: then the ledger could only name them by their actor id.
    expect(first.view.journey[0]?.actorName).toBe('person-dir');
    const past = await readModels.asOf(FENMOOR, { recordedAt: first.recordedAt }, view);
    expect(past.journey.map((entry) => entry.actorName)).toEqual(['Eilidh Director']);
  });

  it('shows, as of a past business time, what we now know had happened by then, late records included', async () => {
    const visionDone = seen.find(
      (moment) => moment.view.overview.programme.phases[0]?.status === 'completed',
    )!;
    const knewThen = await readModels.asOf(FENMOOR, { recordedAt: visionDone.recordedAt }, (past) =>
      past.overview(FENMOOR),
    );
    const knowNow = await readModels.asOf(FENMOOR, { occurredAt: '2021-10-08' }, (past) =>
      past.overview(FENMOOR),
    );
    // The baseline measurement (20%, taken in September) was recorded only at the end.
    expect(knewThen.metrics[0]?.latest).toBeNull();
    expect(knowNow.metrics[0]?.latest).toMatchObject({ measurementId: 'measurement-baseline', value: 20 });
    // The vision phase completed; nothing else had started, then or as now known.
    const phases = [
      ['Vision', 'completed'],
      ['Small changes', 'notStarted'],
      ['Sensemaking and blueprint', 'notStarted'],
      ['Test and learn', 'notStarted'],
      ['Methodology and spread', 'notStarted'],
    ];
    expect(knowNow.programme.phases.map((phase) => [phase.name, phase.status])).toEqual(phases);
    expect(knewThen.programme.phases.map((phase) => [phase.name, phase.status])).toEqual(phases);
    expect(knowNow.smallChanges).toEqual({});
  });

  it('takes a timestamp written without milliseconds, and refuses something that is not a time', async () => {
    const moment = seen[10]!;
    const plain = moment.recordedAt.replace('.000Z', 'Z');
    const past = await readModels.asOf(FENMOOR, { recordedAt: plain }, view);
    expect(past.journey.map((entry) => entry.summary)).toEqual([
      '"Fenmoor: time with families" launched in Fenmoor County Council (fictional), planned for 15 months from 1 Sep 2021.',
      'Duty and assessment (statutory team) enrolled.',
      'Exploitation (specialist team) enrolled.',
      'A social worker (practitioner level) joined Duty and assessment.',
      'A social worker (practitioner level) joined Duty and assessment.',
      'A social worker (practitioner level) joined Exploitation.',
      'A team manager (manager level) joined Duty and assessment.',
      'A director (senior leader level) joined the programme.',
      'A coach (external level) joined the programme.',
      'Theory of change defined: the problem, "Four-fifths of the week goes on recording and process"; the intended change, "Practitioners spend more time with children and families".',
      'Simple rule adopted: "Measure what matters".',
    ]);
    await expect(readModels.asOf(FENMOOR, { recordedAt: 'last Tuesday' }, view)).rejects.toThrow(
      'as of recorded time must be a UTC date (2022-03-14) or timestamp (2022-03-14T09:30:00Z); got "last Tuesday"',
    );
  });

  it('leaves the live read models as they were', async () => {
    expect(await view(readModels)).toEqual(seen.at(-1)!.view);
  });
});
