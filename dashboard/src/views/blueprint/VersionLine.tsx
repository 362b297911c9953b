/** Published versions on a time line (lineage first, when derived), with each version's summary and endorsers. */
import * as Plot from '@observablehq/plot';
import { useCallback } from 'react';
import { PlotFigure } from '../../components/PlotFigure';
import type { BlueprintQuery } from '../../generated/graphql';
import { formatDay } from '../../model/format';

type Blueprint = NonNullable<BlueprintQuery['blueprint']>;

const day = (value: string) => new Date(`${value.slice(0, 10)}T00:00:00Z`);

export const VersionLine = ({ blueprint }: { blueprint: Blueprint }) => {
  const points = [
    { label: blueprint.derivedFrom ? 'derived' : 'drafted', on: blueprint.started.occurredAt },
    ...blueprint.versions.map((v) => ({ label: `v${v.version}`, on: v.published.occurredAt })),
  ];
  const plot = useCallback(
    (): Plot.PlotOptions => ({
      height: 90,
      marginLeft: 24,
      marginRight: 24,
      x: { type: 'utc', label: null },
      y: { axis: null, domain: [0, 1] },
      marks: [
        Plot.ruleY([0.4], { stroke: '#8a8a8a' }),
        Plot.dot(points, { x: (p: (typeof points)[number]) => day(p.on), y: 0.4, r: 7, fill: '#0b5cad' }),
        // Labels alternate above and below, so versions published close together stay readable.
        ...[0, 1].map((side) =>
          Plot.text(
            points.filter((_p, index) => index % 2 === side),
            {
              x: (p: (typeof points)[number]) => day(p.on),
              y: 0.4,
              dy: side ? 18 : -16,
              text: 'label',
              fontWeight: 'bold',
            },
          ),
        ),
      ],
    }),
    [points],
  );
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">Versions</h2>
      {blueprint.versions.length > 0 && (
        <PlotFigure
          caption="When the blueprint was started and each version published."
          description={points.map((p) => `${p.label} on ${formatDay(p.on)}`).join('; ')}
          plot={plot}
        />
      )}
      <ol className="versions">
        {blueprint.versions.map((version) => (
          <li key={version.version}>
            <strong>Version {version.version}</strong>, published {formatDay(version.published.occurredAt)}:{' '}
            {version.summary}{' '}
            <span className="muted">
              ({version.elements.length} elements; endorsed by{' '}
              {version.endorsedBy.map((p) => p.name).join(', ')})
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
};
