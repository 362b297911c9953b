/** CSV of every measurement of every measure, superseded values kept and marked. */
import { DownloadCsv } from '../../components/Download';
import type { AsOfInput, MetricsQuery } from '../../generated/graphql';
import { fileDateOf, toCsv } from '../../model/csv';
import { MEASUREMENT_SOURCE } from '../../model/labels';

type Metric = MetricsQuery['metrics']['edges'][number]['node'];

const HEADER = [
  'metricId',
  'metric',
  'unit',
  'measurementId',
  'periodStart',
  'periodEnd',
  'value',
  'inForce',
  'supersededBy',
  'corrects',
  'source',
  'sourceId',
  'occurredAt',
  'recordedAt',
];

export const measurementsCsv = (metrics: readonly Metric[]) =>
  toCsv(
    HEADER,
    metrics.flatMap((metric) =>
      metric.measurements.map((m) => [
        metric.metricId,
        metric.name,
        metric.unit,
        m.measurementId,
        m.periodStart,
        m.periodEnd,
        m.value,
        m.supersededBy === null,
        m.supersededBy,
        m.corrects?.measurementId,
        m.source && MEASUREMENT_SOURCE[m.source.kind],
        m.source?.id,
        m.occurredAt,
        m.recordedAt,
      ]),
    ),
  );

/** The measurements the run charts show: today's, or as of the time travelled to. */
export const MeasurementsExport = ({
  programmeId,
  metrics,
  asOf,
}: {
  programmeId: string;
  metrics: readonly Metric[];
  asOf: AsOfInput | null;
}) => (
  <DownloadCsv
    label="Download measurements (CSV)"
    filename={`${programmeId}-measurements${fileDateOf(asOf)}.csv`}
    build={() => measurementsCsv(metrics)}
  />
);
