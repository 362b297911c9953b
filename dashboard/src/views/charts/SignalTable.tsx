/** The signals in words, with the changes recorded around each, and the runs rule's count: the chart's text alternative. */
import type { RunChartQuery, RunsFragment, SignalRule } from '../../generated/graphql';
import { formatDay, plural } from '../../model/format';
import { CHANGE_AROUND, RUNS_LIMITS, SIGNAL_DIRECTION, SIGNAL_RULE, type Labels } from '../../model/labels';

type Chart = RunChartQuery['runChart'];
type Signal = Chart['signals'][number];

/** Each rule in a sentence, for the signal's tooltip. */
const RULES: Labels<SignalRule> = {
  SHIFT: 'Shift: six or more points in a row on one side of the median',
  TREND: 'Trend: five or more points in a row all rising or all falling',
  RUNS: 'Runs: too few or too many runs (points in a row on one side of the median) for the number of points off it',
  ASTRONOMICAL: 'Astronomical point: a value beyond the process limits of the baseline',
};

/** "too few runs", "shift (above)": a signal as people name it. */
export const signalName = (signal: Pick<Signal, 'rule' | 'direction'>): string =>
  signal.rule === 'RUNS'
    ? `${SIGNAL_DIRECTION[signal.direction]} runs`
    : `${SIGNAL_RULE[signal.rule]} (${SIGNAL_DIRECTION[signal.direction]})`;

/** "8 runs in 32 points off the median; chance gives 11 to 23." */
export const runsInWords = (runs: RunsFragment): string =>
  `${plural(runs.runs, 'run')} in ${plural(runs.usefulObservations, 'point')} off the median; chance gives ${runs.fewest} to ${runs.most}${RUNS_LIMITS[runs.limits]}.`;

const ChangesAround = ({ signal }: { signal: Signal }) =>
  signal.rule === 'RUNS' ? (
    <>
      The whole series: {plural(signal.changesAround.length, 'change')} recorded in it, marked on the time
      axis. {signal.runs && runsInWords(signal.runs)}
    </>
  ) : signal.changesAround.length === 0 ? (
    <>none recorded</>
  ) : (
    <ul className="plain">
      {signal.changesAround.map((change) => (
        <li key={`${change.kind}-${change.id}`}>
          {formatDay(change.on)}: {CHANGE_AROUND[change.kind]}, {change.title}
        </li>
      ))}
    </ul>
  );

/** The runs rule for the whole series, signal or not. */
export const RunsSummary = ({ chart }: { chart: Chart }) => {
  const { runs } = chart;
  if (!runs)
    return (
      <p data-testid="runs">
        Runs: fewer than 10 points off the median, too few to tell too few or too many runs from chance.
      </p>
    );
  const verdict =
    runs.runs < runs.fewest
      ? 'Too few runs: a signal that the level changed.'
      : runs.runs > runs.most
        ? 'Too many runs: a signal that two things alternate in this series.'
        : 'As chance gives: no signal from this rule.';
  return (
    <p data-testid="runs">
      Runs: {runsInWords(runs)} <strong>{verdict}</strong>
    </p>
  );
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
                <span title={RULES[signal.rule]}>{signalName(signal)}</span>
              </th>
              <td>
                {formatDay(signal.from)} to {formatDay(signal.to)}
              </td>
              <td>{signal.points.length}</td>
              <td>
                <ChangesAround signal={signal} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
