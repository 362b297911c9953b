/** The entire journey in business time: filters, who recorded what in which role, late records, live updates, exports. */
import { useEffect, useState } from 'react';
import { useQuery } from '../api/useQuery';
import { Empty, Failure, Loading } from '../components/States';
import { JourneyFacetsDocument } from '../generated/graphql';
import { plural } from '../model/format';
import { asOfOf, timeTravelOf, type Route } from '../model/route';
import { NotKnownThen } from './NotKnownThen';
import { JourneyEntries } from './journey/JourneyEntries';
import { JourneyExport } from './journey/JourneyExport';
import { filterOf, JourneyFilters, itemOf } from './journey/JourneyFilters';
import { useJourney } from './journey/useJourney';

export const JourneyView = ({
  route,
  go,
}: {
  route: Route & { programmeId: string };
  go: (route: Route) => void;
}) => {
  const travel = timeTravelOf(route.params);
  const facets = useQuery(JourneyFacetsDocument, { programmeId: route.programmeId });
  const filter = filterOf(route.params);
  const item = itemOf(route.params);
  const [printing, setPrinting] = useState(false);
  const journey = useJourney(route.programmeId, asOfOf(travel), filter, {
    live: travel === null,
    loadAll: item !== null || printing,
  });
  const shown = item
    ? journey.entries.filter((e) => e.links.some((link) => link.id === item.id))
    : journey.entries;

  // Printing waits until every entry is on the page, so that the printed journey is whole.
  const allLoaded = !journey.hasMore && !journey.loading;
  useEffect(() => {
    if (!printing || !allLoaded) return;
    setPrinting(false);
    window.print();
  }, [printing, allLoaded]);

  if (facets.status === 'loading') return <Loading what="the journey" />;
  if (facets.status === 'failed') return <Failure error={facets.error} retry={facets.reload} />;
  const { programme } = facets.data;
  const print = () => setPrinting(true);
  return (
    <>
      <h1>The journey of {programme.name}</h1>
      <p className="lede">
        Everything recorded, in the order it happened. Each entry says who recorded it, in which role, when it
        happened and when it was recorded; entries recorded more than a day after they happened are marked.
        {travel === null ? ' New entries appear as they are recorded.' : ''}
      </p>
      <JourneyFilters programme={programme} route={route} go={go} />
      <div className="toolbar no-print">
        <p role="status" aria-live="polite" data-testid="journey-count">
          {item
            ? `${plural(shown.length, 'entry', 'entries')} about ${item.label ?? item.id}${journey.hasMore ? ' so far' : ''}`
            : journey.totalCount !== null
              ? `Showing ${journey.entries.length} of ${plural(journey.totalCount, 'entry', 'entries')}`
              : `Showing ${plural(journey.entries.length, 'entry', 'entries')}${journey.hasMore ? ', more below' : ''}`}
        </p>
        <JourneyExport programmeId={route.programmeId} asOf={asOfOf(travel)} filter={filter} item={item} />
        <button type="button" onClick={print}>
          Print or save as PDF
        </button>
      </div>
      {journey.error && journey.error.code === 'NOT_FOUND' && travel ? (
        <NotKnownThen travel={travel} />
      ) : journey.error ? (
        <Failure error={journey.error} retry={journey.loadMore} />
      ) : null}
      {!journey.loading && !journey.error && shown.length === 0 ? (
        <Empty>
          <p>
            <strong>No entry matches.</strong>{' '}
            {Object.keys(filter).length || item
              ? 'Clear a filter to see more.'
              : 'Nothing has been recorded yet.'}
          </p>
        </Empty>
      ) : (
        <JourneyEntries entries={shown} arrived={journey.arrived} route={route} programme={programme} />
      )}
      {journey.loading && <Loading what="entries" />}
      {journey.hasMore && !journey.loading && !item && (
        <button type="button" className="more no-print" onClick={journey.loadMore}>
          Show more entries
        </button>
      )}
    </>
  );
};
