/** Barriers within the authority's power (local) beside those that need national change. */
import type { Overview } from './types';

export const Barriers = ({ counts }: { counts: Overview['barriers'] }) => {
  const none = counts.localOpen + counts.localResolved + counts.nationalOpen + counts.nationalResolved === 0;
  return (
    <section aria-labelledby="barriers-heading">
      <h2 id="barriers-heading">Barriers</h2>
      {none ? (
        <p className="empty">No barrier has been identified yet.</p>
      ) : (
        <table>
          <caption>Barriers by scope</caption>
          <thead>
            <tr>
              <th scope="col">Scope</th>
              <th scope="col">Open</th>
              <th scope="col">Resolved</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Local (within the authority's power)</th>
              <td>{counts.localOpen}</td>
              <td>{counts.localResolved}</td>
            </tr>
            <tr>
              <th scope="row">National (needs regulation or law to change)</th>
              <td>{counts.nationalOpen}</td>
              <td>{counts.nationalResolved}</td>
            </tr>
          </tbody>
        </table>
      )}
    </section>
  );
};
