import { describeStore } from '../../../src/infrastructure/eventStore/openEventStore';
import {
  connectionStringProblem,
  redactConnectionString,
  withoutPassword,
} from '../../../src/infrastructure/eventStore/eventStoreDb/connectionString';

/** Defect 10 of issue 18: the connection string, password included, was logged at start-up. */
describe('EventStoreDB connection strings', () => {
  const secret = 'correct-horse-battery';
  const withCredentials = `esdb://ledger:${secret}@db1:2113,db2:2113?tls=true&tlsCAFile=/etc/ca.pem`;

  it('are shown without their password', () => {
    expect(redactConnectionString(withCredentials)).toBe(
      'esdb://ledger:***@db1:2113,db2:2113?tls=true&tlsCAFile=/etc/ca.pem',
    );
    expect(
      describeStore({
        kind: 'eventstoredb',
        connectionString: withCredentials,
        personalDataKeysPath: '/data/keys.db',
      }),
    ).toBe('EventStoreDB at esdb://ledger:***@db1:2113,db2:2113?tls=true&tlsCAFile=/etc/ca.pem');
    expect(redactConnectionString('esdb://localhost:2113?tls=false')).toBe('esdb://localhost:2113?tls=false');
  });

  it('take the password out of any message, written or decoded', () => {
    const encoded = 'esdb://ledger:p%40ss@db1:2113';
    expect(withoutPassword('Unexpected "p%40ss" (p@ss)', encoded)).toBe('Unexpected "***" (***)');
  });

  it('accept the options the client knows, spelt as it accepts them', () => {
    expect(connectionStringProblem(withCredentials)).toBeUndefined();
    expect(
      connectionStringProblem(
        'esdb+discover://cluster.internal:2113?nodePreference=leader&keep-alive-interval=10000',
      ),
    ).toBeUndefined();
    expect(
      connectionStringProblem('esdb://localhost:2113?tls=false&throwOnAppendFailure=false'),
    ).toBeUndefined();
  });

  it('refuse what the client would print in full (password included) to its log, naming only the option', () => {
    const unknown = connectionStringProblem(`esdb://ledger:${secret}@db1:2113?tls=false&tlsVerify=false`);
    expect(unknown).toMatch(/^"tlsVerify" is not an option of the EventStoreDB client \(known: /);
    expect(connectionStringProblem(`esdb://ledger:${secret}@db1:2113?tlsVerifyCert=false`)).toBe(
      "tlsVerifyCert=false has no effect with this client; give the server's certificate authority with tlsCAFile instead",
    );
    const problems = [
      `esdb://ledger:${secret}@db1:2113?tls=maybe`,
      `esdb://ledger:${secret}@db1:2113?defaultDeadline=soon`,
      `esdb://ledger:${secret}@db1:2113?nodePreference=nearest`,
      `http://ledger:${secret}@db1:2113`,
      `esdb://ledger:${secret}@db1:2113?tls`,
    ].map(connectionStringProblem);
    expect(problems).toEqual([
      'tls must be true or false',
      'defaultDeadline must be a whole number',
      'nodePreference must be one of leader, follower, random, readOnlyReplica',
      '"http://ledger:***@db1:2113" is not an EventStoreDB connection string (expected e.g. esdb://localhost:2113?tls=false)',
      '"tls" is not a key=value option',
    ]);
    expect([unknown, ...problems].join(' ')).not.toContain(secret);
  });
});
