/**
 * A full disk, as a client and an operator see it: a refused write says STORAGE_UNAVAILABLE with
 * HTTP 503 and Retry-After, /ready turns not-ready, a write recorded while the read models cannot
 * keep up says so, and everything resumes by itself once space returns.
 */
import Database from 'better-sqlite3';
import { SqliteEventStore } from '../../src/infrastructure/eventStore/sqlite/sqliteEventStore';
import { fillDisk } from '../support/fullDisk';
import {
  ok,
  setUpProgramme,
  startTestLedger,
  tokenOf,
  type Json,
  type TestLedger,
} from '../support/ledgerApi';
import { waitFor } from '../support/waitFor';

let ledger: TestLedger;
beforeAll(async () => {
  ledger = await startTestLedger();
  await setUpProgramme(ledger);
});
afterAll(() => ledger.close());
afterEach(() => jest.restoreAllMocks());

const identify = (barrierId: string) =>
  `mutation { identifyBarrier(commandId: "identify-${barrierId}", input: { programmeId: "p1", barrierId: "${barrierId}", title: "Duplicate recording", description: "Typed twice", kind: PROCESS, scope: LOCAL, source: { kind: OTHER }, identifiedBy: ["prac-1"] }) { commandId alreadyApplied readModelsUpToDate barrier { barrierId } } }`;

/** Posts as the practitioner, keeping the HTTP status and headers a client would see. */
const post = async (query: string) => {
  const response = await fetch(ledger.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenOf('practitioner')}` },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    ...((await response.json()) as { data?: Json; errors?: Json[] }),
  };
};

const ready = async () => {
  const response = await fetch(`http://localhost:${ledger.server.port}/ready`);
  return { status: response.status, body: await response.json() };
};

describe('a full disk under the event log', () => {
  it('refuses the write with STORAGE_UNAVAILABLE and 503, is not ready, and takes the retry once space returns', async () => {
    const before = await ledger.lastPosition();
    const full = jest
      .spyOn(SqliteEventStore.prototype, 'appendToStream')
      .mockRejectedValue(new Database.SqliteError('database or disk is full', 'SQLITE_FULL'));
    const refused = await post(identify('b-full'));
    expect(refused).toEqual({
      status: 503,
      retryAfter: '30',
      data: null,
      errors: [
        {
          message:
            'The ledger could not record it: its disk is full. Try again in a little while: sending the same commandId again never records anything twice.',
          path: ['identifyBarrier'],
          locations: [{ line: 1, column: 12 }],
          extensions: { code: 'STORAGE_UNAVAILABLE', correlationId: expect.any(String) },
        },
      ],
    });
    expect(await ledger.lastPosition()).toBe(before);
    expect(await ready()).toEqual({
      status: 503,
      body: expect.objectContaining({
        status: 'storage unavailable',
        storage: { fault: 'its disk is full', since: expect.any(String) },
      }),
    });

    full.mockRestore();
    const retried = ok(await post(identify('b-full')));
    expect(retried.identifyBarrier).toEqual({
      commandId: 'identify-b-full',
      alreadyApplied: false,
      readModelsUpToDate: true,
      barrier: { barrierId: 'b-full' },
    });
    expect(await ready()).toMatchObject({ status: 200, body: { status: 'ready' } });
  });
});

describe('a full disk under the read models', () => {
  it('records the write, says the read models are not up to date, and catches up by itself', async () => {
    const readModelStore = (ledger.ledger.runner as unknown as { readModels: object }).readModels;
    const disk = fillDisk(readModelStore);
    const started = Date.now();
    // Enough writes that the read models need a page they cannot have.
    let answer: Awaited<ReturnType<typeof post>> | undefined;
    for (let n = 0; n < 30 && answer?.data?.identifyBarrier.readModelsUpToDate !== false; n += 1)
      answer = await post(identify(`b-lagging-${n}`));
    expect(answer!.status).toBe(200);
    expect(answer!.data.identifyBarrier).toMatchObject({
      alreadyApplied: false,
      readModelsUpToDate: false,
      barrier: null,
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await ready()).toMatchObject({
      status: 503,
      body: { readModels: { failure: 'database or disk is full' } },
    });

    disk.spaceReturns();
    let now = await ready();
    const poll = setInterval(() => void ready().then((answer) => (now = answer)), 100);
    try {
      await waitFor(() => now.status === 200, 10_000, 'the read models to catch up');
    } finally {
      clearInterval(poll);
    }
    const barrierId = answer!.data.identifyBarrier.commandId.replace('identify-', '');
    const barrier = ok(
      await ledger.as('evaluator')(`{ barrier(programmeId: "p1", barrierId: "${barrierId}") { barrierId } }`),
    );
    expect(barrier.barrier).toEqual({ barrierId });
  });
});
