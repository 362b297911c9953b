import { NotFoundError } from '../../../src/domain/shared/errors';
import { CommandHandler } from '../../../src/application/commandHandler';
import { joinParticipant } from '../../../src/application/joinParticipant';
import { nameOf } from '../../../src/application/ports/personalDataRegister';
import { SqlitePersonalDataRegister } from '../../../src/infrastructure/personalData/sqlitePersonalDataRegister';
import { tempSqliteStore } from '../../support/tempStore';

const leader = { actor: { id: 'person-director', role: 'leader' } };
const P = 'programme-fenmoor';

describe('joining a participant', () => {
  let temp: ReturnType<typeof tempSqliteStore>;
  let register: SqlitePersonalDataRegister;
  let handler: CommandHandler;

  beforeEach(async () => {
    temp = tempSqliteStore();
    register = new SqlitePersonalDataRegister(temp.path);
    handler = new CommandHandler(temp.store);
    await handler.execute(
      {
        type: 'LaunchProgramme',
        data: {
          programmeId: P,
          name: 'Fenmoor',
          localAuthority: 'Fenmoor County Council',
          scope: 'Duty team',
          startDate: '2021-09-01',
          plannedDurationMonths: 15,
        },
      },
      leader,
    );
  });
  afterEach(async () => {
    await register.close();
    await temp.dispose();
  });

  it('keeps the name in the register and only the id in the event', async () => {
    await joinParticipant(
      handler,
      register,
      {
        programmeId: P,
        participantId: 'person-ada',
        role: 'socialWorker',
        level: 'practitioner',
        displayName: 'Ada Okafor',
      },
      leader,
    );
    const { events } = await temp.store.readStream(`programme-${P}`);
    expect(JSON.stringify(events.map((e) => [e.data, e.metadata]))).not.toContain('Ada Okafor');
    expect(nameOf((await register.lookup(['person-ada'])).get('person-ada'))).toBe('Ada Okafor');
  });

  it('records no personal data when the join is refused', async () => {
    await expect(
      joinParticipant(
        handler,
        register,
        {
          programmeId: P,
          participantId: 'person-ben',
          teamId: 'team-missing',
          role: 'socialWorker',
          level: 'practitioner',
          displayName: 'Ben Price',
        },
        leader,
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await register.lookup(['person-ben'])).get('person-ben')?.status).toBe('unknown');
  });

  it('erasing the person leaves the history, and its order, exactly as it was', async () => {
    await joinParticipant(
      handler,
      register,
      {
        programmeId: P,
        participantId: 'person-ada',
        role: 'socialWorker',
        level: 'practitioner',
        displayName: 'Ada Okafor',
      },
      leader,
    );
    await handler.execute(
      { type: 'AdoptSimpleRule', data: { programmeId: P, rule: 'Measure what matters' } },
      { actor: { id: 'person-ada', role: 'practitioner' } },
    );
    const before = await temp.store.readLog();
    await register.erase('person-ada');
    expect(await temp.store.readLog()).toEqual(before);
    expect(nameOf((await register.lookup(['person-ada'])).get('person-ada'))).toBe('[erased]');
  });
});
