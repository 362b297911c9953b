/**
 * On start-up: on an empty ledger, record the demo programme and issue one API key per caller
 * role; the keys are kept in a file beside the ledger (owner-only) so that every start can print
 * them again. A ledger that already holds other programmes than the demo's is left alone.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { CallerRole } from '../graphql/auth/roles';
import type { LedgerConfig } from '../infrastructure/config';
import type { Ledger } from '../composition/openLedger';
import { DEMO_CALLERS, DEMO_PROGRAMME, DEMO_PROGRAMMES } from './cast';
import { recordDemoProgramme } from './recordDemo';

export interface DemoToken {
  readonly role: CallerRole;
  readonly actorId: string;
  readonly token: string;
}

export type DemoOutcome =
  | { readonly kind: 'off' }
  | { readonly kind: 'ledgerInUse' }
  | { readonly kind: 'ready'; readonly recorded: number; readonly tokens: readonly DemoToken[] };

const readTokens = (file: string): DemoToken[] | undefined =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DemoToken[]) : undefined;

const writeTokens = (file: string, tokens: readonly DemoToken[]): void => {
  writeFileSync(`${file}.tmp`, `${JSON.stringify(tokens, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
};

/** The demo was started here when Harrowmere was launched and no programme but the demo's was. */
const demoStarted = async (ledger: Ledger): Promise<boolean> => {
  const launched = await ledger.store.readLog({ filter: { eventTypes: ['ProgrammeLaunched'] } });
  const programmeIds = launched.map((event) => (event.data as { programmeId: string }).programmeId);
  return programmeIds.includes(DEMO_PROGRAMME) && programmeIds.every((id) => DEMO_PROGRAMMES.includes(id));
};

export const prepareDemo = async (
  ledger: Ledger,
  demo: LedgerConfig['demo'],
  onRecording: () => void = () => undefined,
): Promise<DemoOutcome> => {
  if (!demo.enabled) return { kind: 'off' };
  const { apiKeys, handler, register } = ledger.services;
  const kept = readTokens(demo.tokensFile);
  if (kept) {
    // Keys an admin has revoked since are not offered again.
    const tokens = kept.filter(({ token }) => apiKeys.authenticate(token) !== undefined);
    return { kind: 'ready', recorded: 0, tokens };
  }
  const empty = (await ledger.store.lastPosition()) === undefined;
  if (!empty && !(await demoStarted(ledger))) return { kind: 'ledgerInUse' };
  onRecording();
  const recorded = await recordDemoProgramme(handler, register);
  const tokens = DEMO_CALLERS.map(({ role, actorId }) => ({
    role,
    actorId,
    token: apiKeys.issue({ actorId, roles: [role], label: `demo ${role}` }).key,
  }));
  writeTokens(demo.tokensFile, tokens);
  return { kind: 'ready', recorded, tokens };
};
