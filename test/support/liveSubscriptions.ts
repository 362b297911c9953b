/**
 * Waiting for live subscriptions on something the server reports, not on time: /metrics counts
 * the subscriptions it holds open (`ledger_subscriptions_open`), and a subscription is counted
 * once the server follows the log for it, so anything recorded after that reaches it.
 */
import { waitFor } from './waitFor';

export const subscriptionsOpen = async (graphqlUrl: string): Promise<number> => {
  const text = await (await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'))).text();
  const open = /^ledger_subscriptions_open (\d+)$/m.exec(text);
  if (!open) throw new Error('/metrics reports no ledger_subscriptions_open');
  return Number(open[1]);
};

/** Resolves once the server holds exactly `count` subscriptions open. */
export const untilSubscriptionsOpen = (graphqlUrl: string, count: number): Promise<void> =>
  waitFor(async () => (await subscriptionsOpen(graphqlUrl)) === count, 10_000, `${count} open subscriptions`);
