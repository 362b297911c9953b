import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO_PROGRAMME } from '../../src/demo/cast';
import { EXAMPLE_OPERATIONS } from '../../src/explorer/examples';
import { startDemoLedger, type DemoLedger } from '../support/demoLedger';
import type { Json } from '../support/ledgerApi';
import { untilSubscriptionsOpen } from '../support/liveSubscriptions';
import { waitFor } from '../support/waitFor';

let demo: DemoLedger;
beforeAll(async () => (demo = await startDemoLedger()));
afterAll(() => demo.close());

const tabsIn = (html: string): { title: string; query: string; variables: string; headers: string }[] =>
  JSON.parse(/<script id="explorer-tabs" type="application\/json">(.*?)<\/script>/s.exec(html)![1]!);

describe('the explorer at the root URL', () => {
  it('is served with every file it loads by the ledger itself, nothing from another host', async () => {
    const response = await fetch(demo.home);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    const loaded = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map(([, address]) => address!);
    expect(loaded).toEqual(
      expect.arrayContaining(['/explorer/graphiql.min.js', '/explorer/graphiql.min.css']),
    );
    expect(html).not.toMatch(/https?:\/\//);
    for (const address of loaded) {
      expect(address).toMatch(/^\/explorer\/[\w.-]+$/);
      const asset = await fetch(new URL(address, demo.home));
      expect([address, asset.status]).toEqual([address, 200]);
      expect(asset.headers.get('content-type')).toMatch(/^text\/(javascript|css)/);
      expect((await asset.text()).length).toBeGreaterThan(40);
    }
    expect((await fetch(new URL('/explorer/nothing.js', demo.home))).status).toBe(404);
  });

  it('opens one example tab per kind of user, saying whose token to paste, and carries no token', async () => {
    const html = await (await fetch(demo.home)).text();
    const tabs = tabsIn(html);
    expect(tabs.map(({ title }) => title)).toEqual(EXAMPLE_OPERATIONS.map(({ title }) => title));
    EXAMPLE_OPERATIONS.forEach(({ role }, n) =>
      expect(JSON.parse(tabs[n]!.headers)).toEqual({
        Authorization: `Bearer <paste the ${role} token that npm start printed>`,
      }),
    );
    for (const token of demo.tokens.values()) expect(html).not.toContain(token);
    expect(html).not.toMatch(/ledger_[\w-]{20,}/);
  });

  it('has examples that answer on the demo programme as they stand in their tabs', async () => {
    const tabs = tabsIn(await (await fetch(demo.home)).text());
    const roles = new Map(EXAMPLE_OPERATIONS.map(({ title, role }) => [title, role]));
    for (const tab of tabs.filter(({ query }) => !/^subscription/m.test(query))) {
      const token = demo.tokens.get(roles.get(tab.title)!);
      const answer = await demo.post(
        { Authorization: `Bearer ${token}` },
        tab.query,
        JSON.parse(tab.variables),
      );
      expect([tab.title, answer.errors]).toEqual([tab.title, undefined]);
      const values = Object.values(answer.data as Record<string, Json>);
      expect(values.every((value) => value !== null)).toBe(true);
    }
  });

  it('delivers the live example over WebSocket with the token of its tab’s role', async () => {
    const tab = tabsIn(await (await fetch(demo.home)).text()).find(({ query }) =>
      /^subscription/m.test(query),
    )!;
    const role = EXAMPLE_OPERATIONS.find(({ title }) => title === tab.title)!.role;
    const client = createClient({
      url: demo.server.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${demo.tokens.get(role)}` },
      retryAttempts: 0,
    });
    const received: Json[] = [];
    const stop = client.subscribe(
      { query: tab.query, variables: JSON.parse(tab.variables) },
      {
        next: (value) => received.push(value),
        error: (error) => received.push({ error }),
        complete: () => undefined,
      },
    );
    try {
      await untilSubscriptionsOpen(demo.server.url, 1);
      await demo.post(
        { Authorization: `Bearer ${demo.tokens.get('facilitator')}` },
        `mutation { identifyBarrier(input: { programmeId: "${DEMO_PROGRAMME}", title: "Court dates move at short notice", description: "Hearings are relisted with a day's notice", kind: PROCESS, scope: LOCAL, source: { kind: SENSEMAKING }, identifiedBy: ["person-kofi"] }) { commandId } }`,
      );
      await waitFor(() => received.length > 0, 5000, 'the live journey entry');
      expect(received[0]).toMatchObject({
        data: { journeyEntryRecorded: { actorName: 'Sam Ferrow', actorRole: 'facilitator' } },
      });
    } finally {
      stop();
      await client.dispose();
    }
  });
});
