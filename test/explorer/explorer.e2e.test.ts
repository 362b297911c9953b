import { createClient } from 'graphql-ws';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { DEMO_PROGRAMME } from '../../src/demo/cast';
import { EXAMPLE_OPERATIONS } from '../../src/explorer/examples';
import { startDemoLedger, type DemoLedger } from '../support/demoLedger';
import type { Json } from '../support/ledgerApi';
import { projectRoot } from '../support/runTypeScript';
import { untilSubscriptionsOpen } from '../support/liveSubscriptions';
import { waitFor } from '../support/waitFor';

/** Every file the explorer page loads, and where in the project it comes from. */
const ASSETS: Record<string, string> = {
  '/explorer/react.production.min.js': 'node_modules/react/umd/react.production.min.js',
  '/explorer/react-dom.production.min.js': 'node_modules/react-dom/umd/react-dom.production.min.js',
  '/explorer/graphql-ws.min.js': 'node_modules/graphql-ws/umd/graphql-ws.min.js',
  '/explorer/graphiql.min.js': 'node_modules/graphiql/graphiql.min.js',
  '/explorer/graphiql.min.css': 'node_modules/graphiql/graphiql.min.css',
  '/explorer/explorer.js': 'public/explorer.js',
  '/explorer/explorer.css': 'public/explorer.css',
};

/** A value in an answer by its path: `overview.smallChanges.kept`, `history.edges.0.node.type`. */
const valueAt = (data: Json, path: string): Json =>
  path
    .split('.')
    .reduce((value: Json, step) => (value === undefined || value === null ? value : value[step]), data);

/** What each example tab shows on the demo programme. */
const TAB_ANSWERS: { title: string; facts: Record<string, Json> }[] = [
  {
    title: 'Dashboard: where the programme stands',
    facts: {
      'overview.programme.name': 'Harrowmere: time for relationships',
      'overview.smallChanges': { proposed: 0, kept: 4, adapted: 2, reverted: 2, declined: 2, escalated: 2 },
      'overview.experiments': { running: 0, supported: 2, notSupported: 1, stoppedEarly: 1 },
      'overview.blueprint.currentVersion': 3,
      'runChart.baseline.median': 19.5,
      'runChart.signals.0': { rule: 'SHIFT', direction: 'ABOVE', from: '2025-01-20', to: '2025-11-21' },
    },
  },
  {
    title: 'Auditor: who recorded what, when, in which role',
    facts: {
      'history.totalCount': 16,
      'history.edges.0.node.type': 'DecisionRecorded',
      'history.edges.0.node.actorName': 'Grace Tamsin',
      'history.edges.0.node.data.decision': 'Run a fortnightly pulse survey of practitioners',
    },
  },
  {
    title: 'Auditor: the journey as it stood at a past business date',
    facts: {
      'overview.currentPhase.name': 'Test and learn',
      'overview.blueprint.currentVersion': 1,
      'journey.edges.0.node.summary': 'A monthly senior leader review held with 5 attendees.',
      'journey.edges.1.node.rationale': 'We need to know whether time with families changes, not guess',
    },
  },
  {
    title: 'Evaluator: how the blueprint evolved, and why',
    facts: {
      'blueprintDiff.differences.length': 5,
      'blueprintDiff.differences.4': {
        change: 'REMOVED',
        title: 'Paired first visits for adolescents',
        fieldsChanged: [],
      },
      'blueprintDiff.changes.0.title': 'Flexible protected visit hours',
      'blueprintDiff.changes.0.recordedBy.name': 'Ines Marlowe',
    },
  },
];

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
    expect([...loaded].sort()).toEqual(Object.keys(ASSETS).sort());
    expect(html).not.toMatch(/https?:\/\//);
    for (const address of loaded) {
      expect(address).toMatch(/^\/explorer\/[\w.-]+$/);
      const asset = await fetch(new URL(address, demo.home));
      expect([address, asset.status]).toEqual([address, 200]);
      expect(asset.headers.get('content-type')).toMatch(/^text\/(javascript|css)/);
      // Exactly the file it names, from the package (or public/) it comes from.
      expect(
        Buffer.from(await asset.arrayBuffer()).equals(readFileSync(join(projectRoot, ASSETS[address]!))),
      ).toBe(true);
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
      const { facts } = TAB_ANSWERS.find(({ title }) => title === tab.title)!;
      const shown = Object.fromEntries(Object.keys(facts).map((path) => [path, valueAt(answer.data, path)]));
      expect([tab.title, shown]).toEqual([tab.title, facts]);
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
