/**
 * The Merkle tree beside EventStoreDB, driven against the fake of the client (no server here; see
 * README "What is verified only by reading"): it follows the log after each append this process
 * makes and catches up with events other writers appended, `ledger verify`'s check passes on it and
 * names an event altered on the server, and redaction is refused (EventStoreDB never rewrites).
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AccessRecorder } from '../../../src/application/audit/accessRecorder';
import { Redactions } from '../../../src/application/audit/redaction';
import { TreeHeads } from '../../../src/application/audit/treeHeads';
import { verifyLedger } from '../../../src/application/audit/verifyLedger';
import { IllegalStateError } from '../../../src/domain/shared/errors';
import { EVENTSTOREDB_REDACTION_REFUSAL, followedLog } from '../../../src/infrastructure/audit/followedLog';
import { keepingTree } from '../../../src/infrastructure/audit/openAudit';
import { loadSigningKey } from '../../../src/infrastructure/audit/signingKey';
import { EventStoreDbEventStore } from '../../../src/infrastructure/eventStore/eventStoreDb/eventStoreDbEventStore';
import { SharedClients } from '../../../src/infrastructure/eventStore/eventStoreDb/sharedClient';
import { SqliteAccessRecordStore } from '../../../src/infrastructure/eventStore/sqlite/sqliteAccessRecordStore';
import { SqliteTreeStore } from '../../../src/infrastructure/eventStore/sqlite/sqliteTreeStore';
import { FakeEventStoreDb } from '../eventStore/fakeEventStoreDb';

const folder = mkdtempSync(join(tmpdir(), 'ledger-esdb-tree-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const setUp = (name: string, server?: string) => {
  const fake = new FakeEventStoreDb();
  const store = server
    ? new EventStoreDbEventStore(server)
    : new EventStoreDbEventStore(new SharedClients(() => fake).lease(`esdb://${name}`));
  const db = new Database(join(folder, `${name}-audit.db`));
  const tree = new SqliteTreeStore(db, followedLog(store));
  const accessRecord = new SqliteAccessRecordStore(join(folder, `${name}-audit.db`));
  const signer = loadSigningKey(join(folder, `${name}-key.pem`));
  const heads = new TreeHeads(tree, accessRecord, signer, { everyEvents: 3, everySeconds: 60 });
  const kept = keepingTree(
    store,
    { tree, follows: true, afterAppend: () => heads.afterAppend() },
    (error) => {
      throw error;
    },
  );
  return {
    fake,
    store: kept,
    tree,
    heads,
    accessRecord,
    signer,
    verify: () => verifyLedger(tree, accessRecord, { publicKey: signer.publicKeyPem }),
    close: async () => {
      accessRecord.close();
      db.close();
      await store.close();
    },
  };
};

const proposed = (n: number) => ({
  id: randomUUID(),
  type: 'SmallChangeProposed',
  data: { smallChangeId: `sc-${n}`, title: `Change ${n}` },
  metadata: { actorId: 'person-sam', actorRole: 'practitioner' },
});

const connectionString = process.env.EVENTSTORE_TEST_CONNECTION_STRING;
(connectionString ? describe : describe.skip)(
  `the Merkle tree beside a real EventStoreDB server${connectionString ? '' : ` (skipped: ${process.env.EVENTSTORE_TEST_SKIP_REASON ?? 'no server'})`}`,
  () => {
    it("follows $all after this process's appends and another writer's, and verifies", async () => {
      const ledger = setUp(`server-${randomUUID()}`, connectionString);
      const other = new EventStoreDbEventStore(connectionString!);
      const before = await ledger.tree.catchUp();
      await ledger.store.appendToStream(`smallChange-${randomUUID()}`, [proposed(1)], 'no_stream');
      await other.appendToStream(`smallChange-${randomUUID()}`, [proposed(2)], 'no_stream');
      await other.close();
      expect(await ledger.tree.catchUp()).toBe(1);
      expect(ledger.tree.size()).toBeGreaterThanOrEqual(before + 2);
      ledger.heads.publish();
      expect((await ledger.verify()).problems).toEqual([]);
      await ledger.close();
    });
  },
);

describe('the Merkle tree beside EventStoreDB, over the fake client', () => {
  it('takes in each event this process appends, and signs a head every N events', async () => {
    const ledger = setUp('appends');
    for (let n = 0; n < 7; n += 1) {
      await ledger.store.appendToStream(`smallChange-${n}`, [proposed(n)], 'no_stream');
      expect(ledger.tree.size()).toBe(n + 1);
    }
    expect(ledger.tree.heads().map((head) => head.treeSize)).toEqual([3, 6]);
    // Events on EventStoreDB are never rewritten, so their salts are public (an empty seed).
    expect(ledger.tree.leaf(0)?.salting).toEqual({ seed: '' });
    expect((await ledger.verify()).problems).toEqual([]);
    await ledger.close();
  });

  it("catches up with other writers' events, and names one altered on the server", async () => {
    const ledger = setUp('others');
    await ledger.store.appendToStream('smallChange-1', [proposed(1)], 'no_stream');
    ledger.fake.write('smallChange-2', [proposed(2), proposed(3)]);
    expect((await ledger.verify()).eventsNotInTree).toBe(2);
    expect(await ledger.tree.catchUp()).toBe(2);
    ledger.heads.publish();
    const report = await ledger.verify();
    expect([report.treeSize, report.eventsNotInTree, report.problems]).toEqual([3, 0, []]);

    const altered = ledger.fake.records[1]!;
    altered.data = { smallChangeId: 'sc-2', title: 'Change two' };
    const after = await ledger.verify();
    const position = ledger.tree.leaf(1)!.position.toString();
    expect(after.problems[0]).toEqual({
      kind: 'altered',
      position,
      eventId: altered.id,
      message: `event ${altered.id} at position ${position} was altered since it was recorded (it no longer matches its leaf)`,
    });
    await ledger.close();
  });

  it('refuses redaction: EventStoreDB never rewrites an event', async () => {
    const ledger = setUp('redaction');
    const event = proposed(1);
    await ledger.store.appendToStream('smallChange-1', [event], 'no_stream');
    const redactions = new Redactions(ledger.store, ledger.tree, new AccessRecorder(ledger.accessRecord), {
      copies: () => [],
      rebuildReadModels: async () => undefined,
    });
    const attempt = redactions.redact(
      { eventId: event.id, fields: ['/title'], rationale: 'A name typed where it should not be' },
      {
        actorId: 'admin-1',
        roles: ['admin'],
        credential: 'admin',
        correlationId: null,
        address: null,
        role: 'admin',
      },
    );
    await expect(attempt).rejects.toThrow(IllegalStateError);
    await expect(attempt).rejects.toThrow(EVENTSTOREDB_REDACTION_REFUSAL);
    await expect(attempt).rejects.toMatchObject({ rule: 'RedactionOnEmbeddedStore' });
    expect(ledger.fake.records).toHaveLength(1);
    await ledger.close();
  });
});
