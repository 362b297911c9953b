/**
 * Redaction that keeps every proof: a name typed into free text where it should not be is redacted
 * by an admin, with a rationale recorded as its own event; a person is erased. Then no file the
 * ledger wrote (the ledger file and its -wal, the read models, a backup and exports the tool wrote)
 * holds either, the field reads "[redacted]", and `ledger verify` and a proof saved before still check.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkLedgerProof } from '../verifier/verify-ledger-proof';
import { runCli } from '../src/cli/runCli';
import {
  codesOf,
  ok,
  setUpProgramme,
  startTestLedger,
  type Json,
  type TestLedger,
} from './support/ledgerApi';

const TYPED = 'Bartholomew Fensley';
const DESCRIPTION = `Visit notes are typed twice; ask ${TYPED} at the housing office`;
const ERASED_NAME = 'Pat Practitioner';
const HEAD = 'treeSize rootHash accessRecordSize accessRecordHash signedAt keyId signature publicKey';
const VERIFIED = `query($id: ID!, $size: Int) { verifiedEvent(eventId: $id, digestTreeSize: $size) {
  format event { position eventId streamName streamRevision type recordedAt data metadata } salting leafIndex treeSize
  inclusionProof head { treeSize rootHash accessRecordSize accessRecordHash signedAt keyId signature } consistency { fromSize proof } } }`;

let ledger: TestLedger;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const holding = (text: string) =>
  files(ledger.folder)
    .filter((path) => readFileSync(path).includes(Buffer.from(text, 'utf8')))
    .map((path) => relative(ledger.folder, path));

const cli = async (...argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (text: string | Uint8Array) => ((stdout += String(text)), true) },
    stderr: { write: (text: string | Uint8Array) => ((stderr += String(text)), true), isTTY: false },
    env: { SQLITE_PATH: join(ledger.folder, 'ledger.db'), LEDGER_DEMO: 'false' },
  });
  return { code, stdout, stderr };
};

beforeAll(async () => {
  ledger = await startTestLedger();
  await setUpProgramme(ledger);
}, 60_000);
afterAll(() => ledger.close());

describe('redacting a field and erasing a person', () => {
  it('leaves neither in any file the ledger wrote, while verification and proofs still check', async () => {
    ok(
      await ledger.as('practitioner')(
        `mutation($d: String!) { identifyBarrier(input: { programmeId: "p1", barrierId: "b1", title: "Duplicate recording", description: $d, kind: PROCESS, scope: LOCAL, source: { kind: OTHER }, identifiedBy: ["prac-1"] }) { commandId } }`,
        { d: DESCRIPTION },
      ),
    );
    const digest = ok(await ledger.as('auditor')(`mutation { signTreeHead { ${HEAD} } }`)).signTreeHead;
    const history = ok(
      await ledger.as('auditor')(
        `{ history(programmeId: "p1", filter: { types: ["BarrierIdentified"] }, first: 5) { edges { node { eventId } } } }`,
      ),
    );
    const eventId: string = history.history.edges[0].node.eventId;
    expect((await cli('backup', join(ledger.folder, 'backups', 'before.db'))).code).toBe(0);
    expect(
      (
        await cli(
          'history',
          'p1',
          '--format',
          'json',
          '--out',
          join(ledger.folder, 'exports', 'history.json'),
        )
      ).code,
    ).toBe(0);
    expect(
      (await cli('journey', 'p1', '--format', 'md', '--out', join(ledger.folder, 'exports', 'journey.md')))
        .code,
    ).toBe(0);
    // Before: in the ledger file (or its write-ahead log), the read models, the backup and the export.
    const before = holding(TYPED).map((path) => path.replace(/-wal$/, ''));
    expect(before).toEqual(
      expect.arrayContaining(['ledger.db', 'read-models.db', 'backups/before.db', 'exports/history.json']),
    );

    const refusedKinds = await ledger.as('admin')(
      `mutation { redactEventFields(input: { eventId: "${eventId}", fields: ["/barrierId"], rationale: "A name typed where it should not be" }) { eventId } }`,
    );
    expect([codesOf(refusedKinds), refusedKinds.errors?.[0]?.extensions?.rule]).toEqual([
      ['BAD_USER_INPUT'],
      'RedactableField',
    ]);
    const noRationale = await ledger.as('admin')(
      `mutation { redactEventFields(input: { eventId: "${eventId}", fields: ["/description"], rationale: "  " }) { eventId } }`,
    );
    expect(codesOf(noRationale)).toEqual(['BAD_USER_INPUT']);

    const redacted = ok(
      await ledger.as('admin')(
        `mutation { redactEventFields(input: { eventId: "${eventId}", fields: ["/description"], rationale: "A name typed where it should not be" }) { eventId fields redactionEventId unreachedCopies } }`,
      ),
    ).redactEventFields;
    expect(redacted).toEqual({
      eventId,
      fields: ['/description'],
      redactionEventId: expect.any(String),
      unreachedCopies: [],
    });
    expect(ok(await ledger.as('admin')(`mutation { erasePerson(participantId: "prac-1") }`))).toEqual({
      erasePerson: true,
    });

    expect([holding(TYPED), holding(ERASED_NAME)]).toEqual([[], []]);
    const read = ok(
      await ledger.as('auditor')(
        `{ history(programmeId: "p1", filter: { types: ["BarrierIdentified"] }, first: 5) { edges { node { data } } } }`,
      ),
    );
    expect(read.history.edges[0].node.data.description).toBe('[redacted]');
    // The rationale is an event of the log of its own, with its proof like any other.
    const rationale = ok(
      await ledger.as('auditor')(VERIFIED, { id: redacted.redactionEventId }),
    ).verifiedEvent;
    expect([rationale.event.streamName, rationale.event.type, rationale.event.data]).toEqual([
      `redaction-${eventId}`,
      'EventRedacted',
      {
        programmeId: 'p1',
        eventId,
        fields: ['/description'],
        rationale: 'A name typed where it should not be',
        eventType: 'BarrierIdentified',
        stream: 'barrier-b1',
      },
    ]);
    expect(rationale.event.metadata).toMatchObject({ actorId: 'admin-1', actorRole: 'admin' });
    // The journey tells who redacted which field of which entry, when and why, never the value.
    const journey = ok(
      await ledger.as('leader')(
        `{ journey(programmeId: "p1", first: 100) { edges { node { eventId recordedAt actorId actorRole kind eventType summary rationale links { kind id } } } } }`,
      ),
    ).journey.edges.map((edge: Json) => edge.node);
    expect(journey.filter((entry: Json) => entry.eventType === 'EventRedacted')).toEqual([
      {
        eventId: redacted.redactionEventId,
        recordedAt: rationale.event.metadata.recordedAt,
        actorId: 'admin-1',
        actorRole: 'admin',
        kind: 'BARRIER',
        eventType: 'EventRedacted',
        summary:
          'Redacted: the "description" field of the "barrier identified" entry now reads "[redacted]".',
        rationale: 'A name typed where it should not be',
        links: [{ kind: 'event', id: eventId }],
      },
    ]);
    expect(JSON.stringify(journey)).not.toContain(TYPED);

    const verified = await cli('verify');
    expect([verified.code, verified.stdout.trim().split('\n').at(-1)]).toEqual([
      0,
      'OK: no event was altered, removed, reordered or inserted.',
    ]);
    expect((await cli('verify', '--file', join(ledger.folder, 'backups', 'before.db'))).code).toBe(0);
    const { verifiedEvent } = ok(
      await ledger.as('auditor')(VERIFIED, { id: eventId, size: digest.treeSize }),
    );
    expect(verifiedEvent.event.data.description).toBe('[redacted]');
    expect(checkLedgerProof(digest, verifiedEvent).ok).toBe(true);
    const access = ok(
      await ledger.as('auditor')(
        `{ accessRecord(filter: { kinds: [REDACTED] }, first: 5) { edges { node { actorId details } } } }`,
      ),
    );
    expect(access.accessRecord.edges.map((edge: Json) => edge.node)).toEqual([
      {
        actorId: 'admin-1',
        details: {
          eventId,
          fields: ['/description'],
          redactionEventId: redacted.redactionEventId,
          rationale: 'A name typed where it should not be',
        },
      },
    ]);
  }, 120_000);
});
