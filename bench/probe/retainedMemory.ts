/**
 * npm run probe:memory: is memory under fuzzing retained? Serves a ledger in this process, sends
 * rounds of mutated documents (and the nested-fragments document), and after each round forces
 * two garbage collections and prints the heap still in use. A heap that levels off is bounded; one
 * that climbs round after round retains what it was sent. Needs node --expose-gc (the script sets it).
 */
import { startTestLedger, setUpProgramme, tokenOf } from '../../test/support/ledgerApi';
import { mutated, nestedFragments } from './cases';
const gc =
  (global as unknown as { gc?: () => void }).gc ??
  (() => {
    throw new Error('run with node --expose-gc');
  });
void (async () => {
  const ledger = await startTestLedger({ env: { RATE_LIMIT_PER_KEY: '0', RATE_LIMIT_PER_ADDRESS: '0' } });
  await setUpProgramme(ledger);
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const heap = () => {
    gc();
    gc();
    return (process.memoryUsage().heapUsed / 2 ** 20).toFixed(1);
  };
  console.log('start', heap());
  for (let round = 0; round < Number(process.env.PROBE_ROUNDS ?? 8); round++) {
    for (let n = 0; n < 500; n += 8) {
      await Promise.all(
        Array.from({ length: 8 }, (_, k) => {
          const body =
            (n + k) % 50 === 0
              ? JSON.stringify({ query: nestedFragments(30) })
              : mutated(random).body.replace(/programme-harrowmere/g, 'p1');
          return fetch(ledger.server.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenOf('evaluator')}` },
            body,
          }).then((r) => r.text());
        }),
      );
    }
    console.log(`round ${round + 1}: heap after gc ${heap()} MB, ${ledger.logs.length} log lines`);
    ledger.logs.length = 0;
  }
  await ledger.close();
})();
