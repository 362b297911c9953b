/**
 * Names and contact details belong in the personal-data register only: a command whose free text
 * writes down a participant's registered name or contact is refused before anything is recorded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LedgerCommandRequest } from '../../../src/domain/ledger';
import { loadConfig } from '../../../src/infrastructure/config';
import { silentLogger } from '../../../src/infrastructure/logger';
import { joinParticipant } from '../../../src/application/joinParticipant';
import { openLedger, type Ledger } from '../../../src/composition/openLedger';

let folder: string;
let ledger: Ledger;
const admin = { actor: { id: 'admin-1', role: 'admin' as const } };
const practitioner = { actor: { id: 'person-ada', role: 'practitioner' as const } };

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'ledger-screen-'));
  ledger = openLedger(loadConfig({ SQLITE_PATH: join(folder, 'ledger.db'), LEDGER_DEMO: 'false' }), {
    log: silentLogger,
  });
  const { handler, register } = ledger.services;
  await handler.execute(
    {
      type: 'LaunchProgramme',
      data: {
        programmeId: 'p1',
        name: 'Riverside',
        localAuthority: 'Riverside (fictional)',
        scope: 'Duty',
        startDate: '2025-01-06',
        plannedDurationMonths: 18,
      },
    } as LedgerCommandRequest,
    admin,
  );
  await handler.execute(
    { type: 'EnrolTeam', data: { programmeId: 'p1', teamId: 't1', name: 'Duty', kind: 'statutory' } },
    admin,
  );
  for (const [participantId, displayName, contact] of [
    ['person-ada', 'Ada Whitlow', 'ada.whitlow@riverside.example'],
    ['person-sam', 'Sam', '07700 900123'],
  ] as const)
    await joinParticipant(
      handler,
      register,
      {
        programmeId: 'p1',
        participantId,
        teamId: 't1',
        role: 'socialWorker',
        level: 'practitioner',
        displayName,
        contact,
      },
      admin,
    );
});
afterAll(async () => {
  await ledger.close();
  rmSync(folder, { recursive: true, force: true });
});

const identify = (description: string, identifiedBy = ['person-ada']): LedgerCommandRequest => ({
  type: 'IdentifyBarrier',
  data: {
    programmeId: 'p1',
    barrierId: `b-${Math.random().toString(36).slice(2)}`,
    title: 'Duplicate recording',
    description,
    kind: 'process',
    scope: 'local',
    source: { kind: 'sensemaking' },
    identifiedBy,
  },
});

describe('free text naming a participant', () => {
  it.each([
    ['the registered name', 'Raised by Ada Whitlow at the workshop'],
    ['the name, cased and spaced otherwise', 'raised by ADA   whitlow'],
    ['the registered email', 'Ask ada.whitlow@riverside.example for the form'],
    ['the phone number, spaced otherwise', 'Call 07700900123 about it'],
    ['a one-word registered name as a word', "Sam's idea, from the rota review"],
  ])('is refused when it holds %s, and nothing is recorded', async (_what, description) => {
    const before = await ledger.store.lastPosition();
    await expect(ledger.services.handler.execute(identify(description), practitioner)).rejects.toMatchObject({
      code: 'VALIDATION',
      rule: 'PersonalDataInFreeText',
      message: expect.stringMatching(
        /^description contains the name or contact details the personal-data register keeps for participant person-(ada|sam); refer to people by their participant id/,
      ),
    });
    expect(await ledger.store.lastPosition()).toBe(before);
  });

  it('is recorded when it names people only by id, or says words that merely contain a name', async () => {
    for (const description of [
      'Raised by person-ada and person-sam at the workshop',
      'Adapted from the Whitlow report; samples from the same week',
    ])
      expect(
        (
          await ledger.services.handler.execute(
            identify(description, ['person-ada', 'person-sam']),
            practitioner,
          )
        ).alreadyApplied,
      ).toBe(false);
  });

  it('names the field, nested ones too', async () => {
    const request = identify('Typed three times');
    const data = { ...request.data, source: { kind: 'other', detail: 'Heard from Ada Whitlow' } };
    await expect(
      ledger.services.handler.execute({ ...request, data } as LedgerCommandRequest, practitioner),
    ).rejects.toMatchObject({ message: expect.stringMatching(/^source\.detail contains/) });
  });
});
