/** Every measure's run chart with its baseline median, target, signals and the changes recorded around them; CSV of measurements. */
import { useQuery } from '../api/useQuery';
import { Empty, Failure, Loading } from '../components/States';
import { MetricsDocument, ProgrammeChangesDocument } from '../generated/graphql';
import { changeMarksOf } from '../model/changes';
import { asOfOf, formatRoute, timeTravelOf, type Route } from '../model/route';
import { MeasurementsExport } from './charts/MeasurementsExport';
import { RunChartCard } from './charts/RunChartCard';
import { NotKnownThen } from './NotKnownThen';

export const RunChartsView = ({ route }: { route: Route & { programmeId: string } }) => {
  const travel = timeTravelOf(route.params);
  const variables = { programmeId: route.programmeId, asOf: asOfOf(travel) };
  const metrics = useQuery(MetricsDocument, variables);
  const changes = useQuery(ProgrammeChangesDocument, variables);
  if (metrics.status === 'loading') return <Loading what="the run charts" />;
  if (metrics.status === 'failed')
    return travel && metrics.error.code === 'NOT_FOUND' ? (
      <NotKnownThen travel={travel} />
    ) : (
      <Failure error={metrics.error} retry={metrics.reload} />
    );
  const list = metrics.data.metrics.edges.map((edge) => edge.node);
  const marks = changes.status === 'ready' ? changeMarksOf(changes.data) : [];
  const focus = route.params.metric;
  return (
    <>
      <h1>Run charts</h1>
      <p className="lede">
        Each measure over time against the median of its baseline period (the measurements before the first
        small change was implemented). Signals of non-random change are marked; the changes recorded around
        them are listed.
      </p>
      {list.length === 0 ? (
        <Empty>
          <p>
            <strong>No measure has been defined{travel ? ' by then' : ' yet'}.</strong> Once a metric is
            defined and measured, its run chart shows here.
          </p>
        </Empty>
      ) : (
        <>
          <p className="exports">
            <MeasurementsExport programmeId={route.programmeId} metrics={list} asOf={variables.asOf} />
          </p>
          {list
            .filter((metric) => !focus || metric.metricId === focus)
            .map((metric) => (
              <RunChartCard
                key={metric.metricId}
                programmeId={route.programmeId}
                metric={metric}
                changes={marks}
                asOf={variables.asOf}
              />
            ))}
          {focus && (
            <p>
              <a href={formatRoute({ ...route, params: travel ? { at: travel.at, as: travel.as } : {} })}>
                Show every measure
              </a>
            </p>
          )}
        </>
      )}
    </>
  );
};
