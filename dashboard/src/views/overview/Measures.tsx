/** Each measure's latest value against its baseline and target. */
import { formatDay, percent } from '../../model/format';
import { DIRECTION } from '../../model/labels';
import { formatRoute, type TimeTravel } from '../../model/route';
import type { Overview } from './types';

export const Measures = ({ overview, travel }: { overview: Overview; travel: TimeTravel | null }) => (
  <section aria-labelledby="measures-heading">
    <h2 id="measures-heading">Measures</h2>
    {overview.metrics.length === 0 ? (
      <p className="empty">No measure has been defined yet.</p>
    ) : (
      <div className="table-scroll">
        <table>
          <caption>Latest value of each measure against its baseline and target</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Baseline</th>
              <th scope="col">Latest</th>
              <th scope="col">Target</th>
              <th scope="col">Progress to target</th>
            </tr>
          </thead>
          <tbody>
            {overview.metrics.map((metric) => (
              <tr key={metric.metricId}>
                <th scope="row">
                  <a
                    href={formatRoute({
                      programmeId: overview.programme.programmeId,
                      view: 'charts',
                      params: {
                        ...(travel ? { at: travel.at, as: travel.as } : {}),
                        metric: metric.metricId,
                      },
                    })}
                  >
                    {metric.name}
                  </a>{' '}
                  <span className="unit">
                    ({metric.unit}, {DIRECTION[metric.direction]})
                  </span>
                </th>
                <td>{metric.baseline}</td>
                <td>
                  {metric.latest
                    ? `${metric.latest.value} (to ${formatDay(metric.latest.periodEnd)})`
                    : 'none yet'}
                </td>
                <td>{metric.target}</td>
                <td>{percent(metric.progressToTarget)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
    <p>
      {overview.reviewsHeld} reviews held, {overview.decisionsRecorded} decisions recorded
      {overview.lastReview ? `; the last review on ${formatDay(overview.lastReview.heldAt)}` : ''}.
    </p>
  </section>
);
