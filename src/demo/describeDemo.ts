/** What `npm start` prints about the demo: where to look, and a token for each role. */
import { DEMO_PROGRAMME } from './cast';
import type { DemoOutcome } from './prepareDemo';

export const describeDemo = (outcome: DemoOutcome, explorerUrl: string, tokensFile: string): string[] => {
  if (outcome.kind === 'off') return ['Demo programme: off (LEDGER_DEMO=false)'];
  if (outcome.kind === 'ledgerInUse')
    return ['Demo programme: not recorded, this ledger already holds other programmes'];
  const width = Math.max(...outcome.tokens.map(({ role }) => role.length));
  return [
    outcome.recorded > 0
      ? `Demo programme ${DEMO_PROGRAMME} recorded (${outcome.recorded} events; fictional authority, teams and people)`
      : `Demo programme: ${DEMO_PROGRAMME}`,
    `Open ${explorerUrl}, pick an example and paste its role's token in its Headers tab, or send a header "Authorization: Bearer <token>" with one of these demo tokens (kept in ${tokensFile}):`,
    ...outcome.tokens.map(({ role, actorId, token }) => `  ${role.padEnd(width)}  ${token}  (${actorId})`),
  ];
};
