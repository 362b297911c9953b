/**
 * Erasing a person through the API: only an admin may, every other role is refused and erases
 * nothing; after it the journey names them "[erased]", and no file the ledger wrote holds their
 * name or contact (the stores overwrite what they delete).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  codesOf,
  ok,
  setUpProgramme,
  startTestLedger,
  type Json,
  type TestLedger,
} from '../support/ledgerApi';

const NAME = 'Wilhelmina Quarrington';
const EMAIL = 'w.quarrington@fenmoor.example';

let ledger: TestLedger;
beforeAll(async () => {
  ledger = await startTestLedger();
  await setUpProgramme(ledger);
});
afterAll(() => ledger.close());

/** The files under the ledger's folder that hold `text`, by path within it. */
const holding = (text: string): string[] => {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((entry) => {
      const path = join(dir, entry);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(ledger.folder)
    .filter((path) => readFileSync(path).includes(Buffer.from(text, 'utf8')))
    .map((path) => relative(ledger.folder, path));
};

/** Who recorded each barrier entry of the journey, and who the barrier names as identifying it. */
const namesShown = async () => {
  const read = ok(
    await ledger.as('auditor')(
      `{ journey(programmeId: "p1", first: 100, filter: { kinds: [BARRIER] }) { edges { node { actorName } } }
         barrier(programmeId: "p1", barrierId: "b-notes") { identifiedBy { name } } }`,
    ),
  );
  return {
    recordedBy: read.journey.edges.map((edge: Json) => edge.node.actorName),
    identifiedBy: read.barrier.identifiedBy.map((person: Json) => person.name),
  };
};

describe('erasing a person through the API', () => {
  it('is for admins only, then shows "[erased]" and leaves their details in no file', async () => {
    ok(
      await ledger.as('admin')(
        `mutation($input: JoinParticipantInput!) { joinParticipant(input: $input) { commandId } }`,
        {
          input: {
            programmeId: 'p1',
            participantId: 'person-wq',
            teamId: 't1',
            role: 'SOCIAL_WORKER',
            level: 'PRACTITIONER',
            displayName: NAME,
            contact: EMAIL,
          },
        },
      ),
    );
    const issued = ok(
      await ledger.as('admin')(
        `mutation { issueApiKey(input: { actorId: "person-wq", roles: [PRACTITIONER], label: "her key" }) { key } }`,
      ),
    ).issueApiKey.key;
    ok(
      await ledger.post(
        issued,
        `mutation { identifyBarrier(input: { programmeId: "p1", barrierId: "b-notes", title: "Notes typed twice", description: "Visit notes typed twice", kind: PROCESS, scope: LOCAL, source: { kind: OTHER }, identifiedBy: ["person-wq", "prac-1"] }) { commandId } }`,
      ),
    );
    const before = { recordedBy: [NAME], identifiedBy: [NAME, 'Pat Practitioner'] };
    expect(await namesShown()).toEqual(before);
    // The search finds her before: in the ledger's file or its write-ahead log, as SQLite has checkpointed it.
    const ledgerFile = expect.stringMatching(/^ledger\.db(-wal)?$/);
    expect([holding(NAME), holding(EMAIL)]).toEqual([[ledgerFile], [ledgerFile]]);

    const erase = `mutation { erasePerson(participantId: "person-wq") }`;
    for (const caller of ['leader', 'facilitator', 'practitioner', 'evaluator', 'auditor'] as const) {
      expect([caller, codesOf(await ledger.as(caller)(erase))]).toEqual([caller, ['FORBIDDEN']]);
    }
    expect(codesOf(await ledger.as(undefined)(erase))).toEqual(['UNAUTHENTICATED']);
    expect(await namesShown()).toEqual(before);

    expect(await ledger.as('admin')(erase)).toEqual({ status: 200, data: { erasePerson: true } });
    expect(await namesShown()).toEqual({
      recordedBy: ['[erased]'],
      identifiedBy: ['[erased]', 'Pat Practitioner'],
    });
    expect([holding(NAME), holding(EMAIL)]).toEqual([[], []]);
  });
});
