/** The signals in words, with the changes recorded around each: the chart's text alternative. */
import type { RunChartQuery } from '../../generated/graphql';
import { formatDay, words } from '../../model/format';

type Chart = RunChartQuery['runChart'];

const RULES: Record<string, string> = {
  shift: 'Shift: six or more points in a row on one side of the median',
  trend: 'Trend: five or more points in a row all rising or all falling',
  runs: 'Runs: too few or too many runs for the number of points (crossings of the median)',
  astronomical: 'Astronomical point: a value far outside what the rest of the chart would lead one to expect',
};

export const SignalTable = ({ chart }: { chart: Chart }) =>
  chart.signals.length === 0 ? (
    <p data-testid="no-signal">No signal yet: the variation so far is what chance alone would give.</p>
  ) : (
    <div className="table-scroll">
      <table className="signals">
        <caption>Signals</caption>
        <thead>
          <tr>
            <th scope="col">Signal</th>
            <th scope="col">When</th>
            <th scope="col">Points</th>
            <th scope="col">Changes recorded around it</th>
          </tr>
        </thead>
        <tbody>
          {chart.signals.map((signal) => (
            <tr key={`${signal.rule}-${signal.from}`}>
              <th scope="row">
                <span title={RULES[signal.rule] ?? signal.rule}>
                  {words(signal.rule)} ({words(signal.direction)})
                </span>
              </th>
              <td>
                {formatDay(signal.from)} to {formatDay(signal.to)}
              </td>
              <td>{signal.points.length}</td>
              <td>
                {signal.changesAround.length === 0 ? (
                  'none recorded'
                ) : (
                  <ul className="plain">
                    {signal.changesAround.map((change) => (
                      <li key={`${change.kind}-${change.id}`}>
                        {formatDay(change.on)}: {words(change.kind)}, {change.title}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
