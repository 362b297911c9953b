/** Every measure's run chart with its baseline median, target, signals and the changes recorded around them; CSV of measurements. */
import { useQuery } from '../api/useQuery';
import { Empty, Failure, Loading } from '../components/States';
import { MetricsDocument, ProgrammeChangesDocument } from '../generated/graphql';
import { changeMarksOf } from '../model/changes';
import { timeTravelOf, type Route } from '../model/route';
import { MeasurementsExport } from './charts/MeasurementsExport';
import { RunChartCard } from './charts/RunChartCard';

export const RunChartsView = ({ route }: { route: Route & { programmeId: string } }) => {
  const travel = timeTravelOf(route.params);
  const metrics = useQuery(MetricsDocument, { programmeId: route.programmeId });
  const changes = useQuery(ProgrammeChangesDocument, { programmeId: route.programmeId });
  if (metrics.status === 'loading') return <Loading what="the run charts" />;
  if (metrics.status === 'failed') return <Failure error={metrics.error} retry={metrics.reload} />;
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
      {travel && (
        <p className="note" role="note">
          Run charts show today's ledger: the API does not read them as of a past time yet.
        </p>
      )}
      {list.length === 0 ? (
        <Empty>
          <p>
            <strong>No measure has been defined yet.</strong> Once a metric is defined and measured, its run
            chart shows here.
          </p>
        </Empty>
      ) : (
        <>
          <p className="exports">
            <MeasurementsExport programmeId={route.programmeId} metrics={list} />
          </p>
          {list
            .filter((metric) => !focus || metric.metricId === focus)
            .map((metric) => (
              <RunChartCard
                key={metric.metricId}
                programmeId={route.programmeId}
                metric={metric}
                changes={marks}
              />
            ))}
          {focus && (
            <p>
              <a href={`#/${encodeURIComponent(route.programmeId)}/charts`}>Show every measure</a>
            </p>
          )}
        </>
      )}
    </>
  );
};
