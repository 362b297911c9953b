/**
 * A real ledger served over HTTP on a free port, on SQLite in a temporary folder, with one API key
 * per test caller. `api(token)` posts GraphQL documents as that caller.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashKey } from '../../src/graphql/auth/apiKeys';
import type { CallerRole } from '../../src/graphql/auth/rights';
import type { LedgerServices } from '../../src/graphql/context';
import { startLedgerServer } from '../../src/composition/ledgerServer';
import { loadConfig } from '../../src/infrastructure/config';
import { jsonLogger } from '../../src/infrastructure/logger';
import { openLedger } from '../../src/composition/openLedger';

/** Answers are JSON of many shapes; tests read them by path, as a client would. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** Callers by token. Recording callers' actor ids are the participants joined by `setUpProgramme`. */
export const CALLERS = {
  admin: { actorId: 'admin-1', roles: ['admin'] },
  facilitator: { actorId: 'fac-1', roles: ['facilitator'] },
  leader: { actorId: 'lead-1', roles: ['leader'] },
  practitioner: { actorId: 'prac-1', roles: ['practitioner'] },
  evaluator: { actorId: 'eval-1', roles: ['evaluator'] },
  auditor: { actorId: 'audit-1', roles: ['auditor'] },
  outsider: { actorId: 'fac-elsewhere', roles: ['facilitator'] },
} satisfies Record<string, { actorId: string; roles: CallerRole[] }>;
export type CallerName = keyof typeof CALLERS;

export const tokenOf = (caller: CallerName) => `ledger_test_${caller}`;

export interface GraphQLAnswer {
  readonly status: number;
  readonly data?: Record<string, Json> | null;
  readonly errors?: { message: string; extensions?: Record<string, Json> }[];
}

export const startTestLedger = async (
  options: {
    env?: Record<string, string>;
    services?: (services: LedgerServices) => LedgerServices;
    revocationCheckMs?: number;
  } = {},
) => {
  const folder = mkdtempSync(join(tmpdir(), 'ledger-api-'));
  const keys = Object.entries(CALLERS).map(([name, caller]) => ({
    keyId: name,
    hash: hashKey(tokenOf(name as CallerName)),
    ...caller,
  }));
  const config = loadConfig({
    SQLITE_PATH: join(folder, 'ledger.db'),
    LEDGER_API_KEYS: JSON.stringify(keys),
    ...options.env,
  });
  const logs: Record<string, Json>[] = [];
  const ledger = openLedger(config, { log: jsonLogger((line) => logs.push(JSON.parse(line))) });
  const services = options.services?.(ledger.services) ?? ledger.services;
  const server = await startLedgerServer(
    { ...ledger, services },
    {
      port: 0,
      limits: config.limits,
      http: config.http,
      files: { store: [join(folder, 'ledger.db')], readModels: [config.readModelsPath] },
      ...(options.revocationCheckMs ? { revocationCheckMs: options.revocationCheckMs } : {}),
    },
  );
  await ledger.runner.start();

  const post = async (token: string | undefined, query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) } as GraphQLAnswer;
  };
  return {
    config,
    server,
    ledger,
    logs,
    folder,
    /** Posts as a caller (or anonymously with `undefined`). */
    as: (caller: CallerName | undefined) => (query: string, variables?: Record<string, unknown>) =>
      post(caller && tokenOf(caller), query, variables),
    post,
    /** The event log's last position: unchanged means nothing was recorded. */
    lastPosition: () => ledger.store.lastPosition(),
    close: async () => {
      await server.stop();
      await ledger.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
};
export type TestLedger = Awaited<ReturnType<typeof startTestLedger>>;

/** Data must come back without errors: returns it, or fails with the errors. */
export const ok = (answer: GraphQLAnswer): Record<string, Json> => {
  if (answer.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(answer.errors, null, 2)}`);
  return answer.data!;
};

export const codesOf = (answer: GraphQLAnswer) => answer.errors?.map((error) => error.extensions?.code);

/**
 * Launches programme p1 (starting 2025-01-06) with team t1 and the test callers as participants
 * (so they may record). `on` dates the set-up in business time (it occurs now otherwise).
 */
export const setUpProgramme = async (ledger: TestLedger, programmeId = 'p1', on?: string) => {
  const admin = ledger.as('admin');
  // A literal, so the document reads the same whatever scalar the argument has.
  const at = on ? `occurredAt: "${on}", ` : '';
  ok(
    await admin(
      `mutation($id: ID!) { launchProgramme(${at}input: { programmeId: $id, name: "Riverside family time", localAuthority: "Riverside (fictional)", scope: "Children in need teams", startDate: "2025-01-06", plannedDurationMonths: 18, smallChangeTarget: { count: 10, withinWeeks: 8 } }) { commandId } }`,
      { id: programmeId },
    ),
  );
  ok(
    await admin(
      `mutation($id: ID!) { enrolTeam(${at}input: { programmeId: $id, teamId: "t1", name: "Duty team", kind: STATUTORY }) { commandId } }`,
      { id: programmeId },
    ),
  );
  const people = [
    ['fac-1', 'COACH', 'EXTERNAL', 'Fay Facilitator'],
    ['lead-1', 'TEAM_MANAGER', 'MANAGER', 'Lee Leader'],
    ['prac-1', 'SOCIAL_WORKER', 'PRACTITIONER', 'Pat Practitioner'],
  ];
  for (const [participantId, role, level, displayName] of people) {
    ok(
      await admin(
        `mutation($input: JoinParticipantInput!) { joinParticipant(${at}input: $input) { commandId } }`,
        { input: { programmeId, participantId, teamId: 't1', role, level, displayName } },
      ),
    );
  }
};
