/**
 * Proofs over GraphQL, checked the way an independent client would: with the Merkle maths of RFC
 * 9162, the public key the ledger publishes and the stand-alone verifier, never with the ledger's
 * own answers alone. And the access record: who was refused, who read whose details, who read it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLedgerProof } from '../../verifier/verify-ledger-proof';
import { verifyProof } from '../../src/cli/proofs';
import { loadConfig } from '../../src/infrastructure/config';
import { verifyConsistency, verifyInclusion } from '../../src/domain/audit/merkle';
import { verifyTreeHead } from '../../src/domain/audit/treeHead';
import {
  codesOf,
  ok,
  setUpProgramme,
  startTestLedger,
  type Json,
  type TestLedger,
} from '../support/ledgerApi';
import { projectRoot } from '../support/runTypeScript';

let ledger: TestLedger;
const hex = (text: string) => Buffer.from(text, 'hex');
const HEAD = 'treeSize rootHash accessRecordSize accessRecordHash signedAt keyId signature';
const DIGEST = `{ ledgerDigest { ${HEAD} publicKey } }`;
const VERIFIED = `query($id: ID!, $size: Int) { verifiedEvent(eventId: $id, digestTreeSize: $size) {
  format event { position eventId streamName streamRevision type recordedAt data metadata } salting leafIndex treeSize
  inclusionProof head { ${HEAD} } consistency { fromSize proof } } }`;
let early: Json;
let eventIds: string[];

beforeAll(async () => {
  ledger = await startTestLedger();
  await setUpProgramme(ledger);
  early = ok(await ledger.as('auditor')(`mutation { signTreeHead { ${HEAD} publicKey } }`)).signTreeHead;
  ok(
    await ledger.as('practitioner')(
      `mutation { identifyBarrier(input: { programmeId: "p1", barrierId: "b1", title: "Duplicate recording", description: "Visit notes are typed twice", kind: PROCESS, scope: LOCAL, source: { kind: OTHER }, identifiedBy: ["prac-1"] }) { commandId } }`,
    ),
  );
  const history = ok(
    await ledger.as('auditor')(`{ history(programmeId: "p1", first: 100) { edges { node { eventId } } } }`),
  );
  eventIds = history.history.edges.map((edge: Json) => edge.node.eventId);
}, 60_000);
afterAll(() => ledger.close());

describe('the signed digest', () => {
  it('is the latest signed head, signed by the published key, and any reader may fetch it', async () => {
    const { ledgerDigest, ledgerPublicKey } = ok(
      await ledger.as('practitioner')(`{ ledgerDigest { ${HEAD} publicKey } ledgerPublicKey }`),
    );
    expect(ledgerDigest).toEqual(early);
    expect(early.treeSize).toBe(eventIds.length - 1);
    expect(ledgerPublicKey).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(verifyTreeHead(ledgerDigest, ledgerPublicKey)).toBe(true);
    expect(verifyTreeHead({ ...ledgerDigest, treeSize: ledgerDigest.treeSize + 1 }, ledgerPublicKey)).toBe(
      false,
    );
  });

  it("is signed afresh over every event on an auditor's demand", async () => {
    const { signTreeHead } = ok(await ledger.as('auditor')(`mutation { signTreeHead { ${HEAD} } }`));
    expect(signTreeHead.treeSize).toBe(eventIds.length);
    expect(ok(await ledger.as('leader')(DIGEST)).ledgerDigest.treeSize).toBe(eventIds.length);
  });
});

describe('inclusion and consistency proofs', () => {
  it('prove every event is in the tree the digest signed', async () => {
    const digest = ok(await ledger.as('auditor')(DIGEST)).ledgerDigest;
    for (const [index, eventId] of eventIds.entries()) {
      const { inclusionProof } = ok(
        await ledger.as('auditor')(
          `query($id: ID!, $size: Int) { inclusionProof(eventId: $id, treeSize: $size) { leafIndex treeSize leafHash proof head { rootHash } } }`,
          { id: eventId, size: digest.treeSize },
        ),
      );
      expect(inclusionProof.leafIndex).toBe(index);
      expect(
        verifyInclusion(
          index,
          digest.treeSize,
          hex(inclusionProof.leafHash),
          inclusionProof.proof.map(hex),
          hex(digest.rootHash),
        ),
      ).toBe(true);
    }
  });

  it('prove the log today extends the digest saved before the last event', async () => {
    const { consistencyProof } = ok(
      await ledger.as('evaluator')(
        `query($from: Int!) { consistencyProof(fromSize: $from) { fromSize toSize fromRoot toRoot proof head { rootHash treeSize } } }`,
        { from: early.treeSize },
      ),
    );
    expect(consistencyProof.fromRoot).toBe(early.rootHash);
    expect(consistencyProof.head.treeSize).toBe(consistencyProof.toSize);
    expect(
      verifyConsistency(
        early.treeSize,
        consistencyProof.toSize,
        hex(early.rootHash),
        hex(consistencyProof.head.rootHash),
        consistencyProof.proof.map(hex),
      ),
    ).toBe(true);
  });

  it('give a verified read the stand-alone verifier accepts, and refuses once one byte of the event differs', async () => {
    const last = eventIds.at(-1)!;
    const { verifiedEvent } = ok(await ledger.as('auditor')(VERIFIED, { id: last, size: early.treeSize }));
    expect(verifiedEvent.event.data.description).toBe('Visit notes are typed twice');
    expect(checkLedgerProof(early, verifiedEvent)).toEqual({
      ok: true,
      message: `event ${last} (BarrierIdentified, position ${verifiedEvent.event.position}) is in the ledger's log, which extends the digest of ${early.treeSize} events signed at ${early.signedAt}`,
    });
    const altered = {
      ...verifiedEvent,
      event: {
        ...verifiedEvent.event,
        data: { ...verifiedEvent.event.data, description: 'Visit notes are typed once' },
      },
    };
    expect(checkLedgerProof(early, altered).ok).toBe(false);

    const digestFile = join(ledger.folder, 'saved-digest.json');
    const proofFile = join(ledger.folder, 'event-proof.json');
    writeFileSync(digestFile, JSON.stringify({ data: { ledgerDigest: early } }));
    writeFileSync(proofFile, JSON.stringify({ data: { verifiedEvent } }));
    const script = join(projectRoot, 'verifier', 'verify-ledger-proof.js');
    expect(
      execFileSync(process.execPath, [script, '--digest', digestFile, '--proof', proofFile], {
        encoding: 'utf8',
      }),
    ).toMatch(/^OK: event /);
    writeFileSync(proofFile, JSON.stringify(altered));
    const refused = spawnSync(process.execPath, [script, '--digest', digestFile, '--proof', proofFile], {
      encoding: 'utf8',
    });
    expect([refused.status, refused.stderr]).toEqual([
      1,
      `FAILED: event ${last} as given is not leaf ${verifiedEvent.leafIndex} of the tree the head of ${verifiedEvent.treeSize} events signed (altered, or the proof is wrong)\n`,
    ]);
    const quiet = { stdout: { write: () => true }, stderr: { write: () => true, isTTY: false }, env: {} };
    await expect(
      verifyProof.run(['--digest', digestFile, '--proof', proofFile], loadConfig({}), quiet),
    ).rejects.toMatchObject({
      rule: 'ProofChecks',
      message: `FAILED: event ${last} as given is not leaf ${verifiedEvent.leafIndex} of the tree the head of ${verifiedEvent.treeSize} events signed (altered, or the proof is wrong)`,
    });
  });
});

describe('bad proof requests', () => {
  it.each([
    [
      'an event the ledger never recorded',
      `{ inclusionProof(eventId: "no-such-event") { proof } }`,
      'NOT_FOUND',
      'EventInLedger',
      /There is no event no-such-event/,
    ],
    [
      'a tree size beyond the log',
      `{ inclusionProof(eventId: "$FIRST", treeSize: 100000) { proof } }`,
      'BAD_USER_INPUT',
      'TreeSizeInRange',
      /the tree size must be between 1 and \d+ \(the events the tree holds\), not 100000/,
    ],
    [
      'a tree too small to hold the event',
      `{ inclusionProof(eventId: "$LAST", treeSize: 1) { proof } }`,
      'BAD_USER_INPUT',
      'TreeSizeInRange',
      /must be between \d+ and \d+/,
    ],
    [
      'a consistency proof from size 0',
      `{ consistencyProof(fromSize: 0) { proof } }`,
      'BAD_USER_INPUT',
      'TreeSizeInRange',
      /The smaller tree size must be between 1 and \d+, not 0/,
    ],
    [
      'a consistency proof backwards',
      `{ consistencyProof(fromSize: 5, toSize: 3) { proof } }`,
      'BAD_USER_INPUT',
      'TreeSizeInRange',
      /The smaller tree size must be between 1 and 3, not 5/,
    ],
  ])('%s is refused with a code, a rule and a message', async (_name, query, code, rule, message) => {
    const answer = await ledger.as('auditor')(
      query.replace('$FIRST', eventIds[0]!).replace('$LAST', eventIds.at(-1)!),
    );
    expect(codesOf(answer)).toEqual([code]);
    expect(answer.errors![0]!.extensions!.rule).toBe(rule);
    expect(answer.errors![0]!.message).toMatch(message);
    expect(answer.status).toBeLessThan(500);
  });

  it('keeps events with their proofs and redaction to their roles', async () => {
    const asPractitioner = await ledger.as('practitioner')(
      `{ inclusionProof(eventId: "${eventIds[0]}") { proof } }`,
    );
    expect(codesOf(asPractitioner)).toEqual(['FORBIDDEN']);
    const asAuditor = await ledger.as('auditor')(
      `mutation { redactEventFields(input: { eventId: "${eventIds[0]}", fields: ["/name"], rationale: "x" }) { eventId } }`,
    );
    expect(codesOf(asAuditor)).toEqual(['FORBIDDEN']);
  });
});

describe('the access record', () => {
  it('holds refused sign-ins, refused requests, reads of personal data and its own reads, by actor, kind and time', async () => {
    expect((await ledger.post('ledger_test_nobody', '{ ledgerDigest { treeSize } }')).status).toBe(401);
    await ledger.as('practitioner')(`{ inclusionProof(eventId: "${eventIds[0]}") { proof } }`);
    await ledger.as('auditor')(`{ history(programmeId: "p1", first: 100) { edges { node { actorName } } } }`);
    const read = (filter: string) =>
      ledger.as('auditor')(
        `{ accessRecord(filter: ${filter}, first: 50) { totalCount edges { node { sequence kind actorId roles credential details hash } } } }`,
      );
    const refused = ok(await read('{ kinds: [SIGN_IN_REFUSED, REQUEST_REFUSED] }')).accessRecord;
    expect(refused.edges.map((edge: Json) => [edge.node.kind, edge.node.actorId, edge.node.details])).toEqual(
      expect.arrayContaining([
        ['SIGN_IN_REFUSED', null, { operation: null, code: 'UNAUTHENTICATED' }],
        ['REQUEST_REFUSED', 'prac-1', { operation: 'inclusionProof', code: 'FORBIDDEN' }],
      ]),
    );
    const readsByAuditor = ok(await read('{ actorId: "audit-1", kinds: [PERSONAL_DATA_READ] }')).accessRecord;
    expect(readsByAuditor.edges[0].node.details).toEqual({
      participantIds: expect.arrayContaining(['prac-1']),
      operation: 'history',
    });
    const ownReads = ok(
      await read(`{ kinds: [ACCESS_RECORD_READ], from: "${new Date().toISOString().slice(0, 10)}" }`),
    ).accessRecord;
    expect(ownReads.totalCount).toBe(3);
    expect(
      ownReads.edges.every(
        (edge: Json) => edge.node.actorId === 'audit-1' && edge.node.credential === 'auditor',
      ),
    ).toBe(true);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(ok(await read(`{ from: "${tomorrow}" }`)).accessRecord.totalCount).toBe(0);
  });

  it('is for auditors and admins only', async () => {
    expect(codesOf(await ledger.as('leader')(`{ accessRecord(first: 1) { totalCount } }`))).toEqual([
      'FORBIDDEN',
    ]);
  });
});
