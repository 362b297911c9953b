/**
 * What a reader is told when a read names something that is not there, or asks something that
 * cannot be answered: the code, the rule and the sentence, exactly as a client receives them.
 */
import {
  codesOf,
  ok,
  setUpProgramme,
  startTestLedger,
  type GraphQLAnswer,
  type TestLedger,
} from '../support/ledgerApi';

let ledger: TestLedger;
beforeAll(async () => {
  ledger = await startTestLedger();
  await setUpProgramme(ledger);
});
afterAll(() => ledger.close());

/** The one error of an answer, as a client reads it. */
const refusal = (answer: GraphQLAnswer) => {
  expect(answer.errors).toHaveLength(1);
  const { message, extensions } = answer.errors![0]!;
  return [extensions!.code, extensions!.rule, message];
};
const read = (query: string) => ledger.as('evaluator')(query);

describe('reading an item that is not there', () => {
  it.each([
    [
      '{ barrier(programmeId: "p1", barrierId: "b-none") { title } }',
      'BarrierExists',
      'Programme p1 has no barrier b-none',
    ],
    [
      '{ smallChange(programmeId: "p1", smallChangeId: "sc-none") { title } }',
      'SmallChangeExists',
      'Programme p1 has no small change sc-none',
    ],
    [
      '{ experiment(programmeId: "p1", experimentId: "x-none") { status } }',
      'ExperimentExists',
      'Programme p1 has no experiment x-none',
    ],
    [
      '{ review(programmeId: "p1", reviewId: "r-none") { kind } }',
      'ReviewExists',
      'Programme p1 has no review r-none',
    ],
    [
      '{ metric(programmeId: "p1", metricId: "m-none") { name } }',
      'MetricExists',
      'Programme p1 has no metric m-none',
    ],
    [
      '{ blueprintDiff(programmeId: "p1", from: 1, to: 2) { from } }',
      'BlueprintExists',
      'Programme p1 has no blueprint yet',
    ],
    [
      '{ blueprintVersion(programmeId: "p1", version: 1) { version } }',
      'BlueprintVersionExists',
      'Programme p1 has not published blueprint version 1',
    ],
    [
      '{ overview(programmeId: "p-none") { programme { name } } }',
      'ProgrammeExists',
      'There is no programme p-none in the ledger',
    ],
  ])('%s', async (query, rule, message) => {
    expect(refusal(await read(query))).toEqual(['NOT_FOUND', rule, message]);
  });
});

describe('reads that cannot be answered as asked', () => {
  it('takes exactly one instant in asOf', async () => {
    const both = await read(
      '{ overview(programmeId: "p1", asOf: { recordedAt: "2025-02-01", occurredAt: "2025-02-01" }) { programme { name } } }',
    );
    expect(refusal(both)).toEqual([
      'BAD_USER_INPUT',
      'AsOfOneInstant',
      'asOf takes exactly one of recordedAt or occurredAt',
    ]);
    const neither = await read('{ overview(programmeId: "p1", asOf: {}) { programme { name } } }');
    expect(refusal(neither)).toEqual([
      'BAD_USER_INPUT',
      'AsOfOneInstant',
      'asOf takes exactly one of recordedAt or occurredAt',
    ]);
  });

  it('refuses a cursor that does not come from the list it is used with', async () => {
    const answer = await read('{ barriers(programmeId: "p1", after: "not-a-cursor") { edges { cursor } } }');
    expect(refusal(answer)).toEqual([
      'BAD_USER_INPUT',
      'CursorFromThisList',
      'The cursor "not-a-cursor" does not come from this barrier list',
    ]);
  });

  it('diffs only from an earlier version to a later one', async () => {
    ok(
      await ledger.as('leader')(
        `mutation { draftBlueprint(input: { programmeId: "p1", coOwnerIds: ["prac-1", "lead-1"] }) { commandId } }`,
      ),
    );
    const answer = await read('{ blueprintDiff(programmeId: "p1", from: 2, to: 1) { from } }');
    expect(refusal(answer)).toEqual([
      'BAD_USER_INPUT',
      'DiffRunsForwards',
      'A diff runs from an earlier version to a later one (got 2 to 1)',
    ]);
  });
});

describe('managing API keys', () => {
  it('refuses to revoke a key the ledger does not know, or one from the environment', async () => {
    const revoke = (keyId: string) =>
      ledger.as('admin')(`mutation { revokeApiKey(keyId: "${keyId}") { revokedAt } }`);
    expect(refusal(await revoke('key-none'))).toEqual([
      'BAD_USER_INPUT',
      'KnownApiKey',
      'There is no API key key-none',
    ]);
    expect(refusal(await revoke('auditor'))).toEqual([
      'BAD_USER_INPUT',
      'KnownApiKey',
      'API key auditor comes from LEDGER_API_KEYS; remove it there and restart',
    ]);
    // The environment's key still works.
    expect(ok(await ledger.as('auditor')('{ me { actorId } }')).me).toEqual({ actorId: 'audit-1' });
    expect(codesOf(await revoke('auditor'))).toEqual(['BAD_USER_INPUT']);
  });
});
