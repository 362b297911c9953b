/** The probe's WebSocket cases: an expensive document and a bad token over graphql-ws. */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const attempt = (url: string, token: string | undefined, query: string) =>
  new Promise<string>((settle) => {
    const timer = setTimeout(() => resolve('no answer'), 5000);
    const resolve = (outcome: string) => {
      clearTimeout(timer);
      settle(outcome);
      Promise.resolve(client.dispose()).catch(() => undefined);
    };
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      on: { closed: (event) => resolve(`closed ${(event as { code: number }).code}`) },
    });
    client.subscribe(
      { query },
      {
        next: (value) =>
          resolve(`refused ${JSON.stringify(value).match(/"code":"(\w+)"/)?.[1] ?? 'without a code'}`),
        error: (error) =>
          resolve(Array.isArray(error) ? `refused ${String(error[0]?.extensions?.code)}` : 'error'),
        complete: () => resolve('completed'),
      },
    );
  });

/** Fragments each spreading the next twice, on the subscription type. */
const nestedSubscription = (levels: number) =>
  `subscription Nested { ...F0 }\n${Array.from({ length: levels }, (_, n) =>
    n === levels - 1
      ? `fragment F${n} on Subscription { journeyEntryRecorded(programmeId: "programme-harrowmere") { summary } }`
      : `fragment F${n} on Subscription { ...F${n + 1} ...F${n + 1} }`,
  ).join('\n')}`;

export const probeSubscriptions = async (base: string, token: string | undefined) => {
  const url = `${base.replace(/^http/, 'ws')}/graphql`;
  const outcomes = [
    await attempt(url, token, nestedSubscription(30)),
    await attempt(
      url,
      'ledger_not_a_key',
      'subscription { journeyEntryRecorded(programmeId: "programme-harrowmere") { summary } }',
    ),
  ];
  const failures = outcomes.filter((outcome) => outcome === 'no answer' || outcome.includes('4500')).length;
  return { failures, summary: outcomes.join('; ') };
};
