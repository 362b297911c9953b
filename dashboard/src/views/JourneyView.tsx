/** The entire journey in business time: filters, who recorded what in which role, late records, live updates, exports. */
import { useEffect, useState } from 'react';
import { useQuery } from '../api/useQuery';
import { Empty, Failure, Loading } from '../components/States';
import { JourneyFacetsDocument } from '../generated/graphql';
import { journeyCount } from '../model/journeyCount';
import { asOfOf, timeTravelOf, type Route, type TimeTravel } from '../model/route';
import { NotKnownThen } from './NotKnownThen';
import { JourneyEntries } from './journey/JourneyEntries';
import { JourneyExport } from './journey/JourneyExport';
import { filterOf, JourneyFilters, itemOf } from './journey/JourneyFilters';
import { PAGE_SIZE, useJourney } from './journey/useJourney';

type Journey = ReturnType<typeof useJourney>;
type Item = ReturnType<typeof itemOf>;

/** Printing waits until every entry is on the page, so that the printed journey is whole. */
const usePrintWhenWhole = (journey: Journey, printing: boolean, setPrinting: (printing: boolean) => void) => {
  const allLoaded = !journey.hasMore && !journey.loading;
  useEffect(() => {
    if (!printing || !allLoaded) return;
    setPrinting(false);
    window.print();
  }, [printing, allLoaded, setPrinting]);
};

/** Entries that cannot be loaded: not known at the date travelled to, or the ledger's refusal. */
const JourneyProblem = ({ journey, travel }: { journey: Journey; travel: TimeTravel | null }) =>
  journey.error && journey.error.code === 'NOT_FOUND' && travel ? (
    <NotKnownThen travel={travel} />
  ) : journey.error ? (
    <Failure error={journey.error} retry={journey.loadMore} />
  ) : null;

const JourneyLede = ({ live }: { live: boolean }) => (
  <p className="lede">
    Everything recorded, in the order it happened. Each entry says who recorded it, in which role, when it
    happened and when it was recorded; entries recorded more than a day after they happened are marked.
    {live ? ' New entries appear as they are recorded.' : ''}
  </p>
);

const NoEntry = ({ filtered }: { filtered: boolean }) => (
  <Empty>
    <p>
      <strong>No entry matches.</strong>{' '}
      {filtered ? 'Clear a filter to see more.' : 'Nothing has been recorded yet.'}
    </p>
  </Empty>
);

const ShowMore = ({ journey, showAll }: { journey: Journey; showAll: () => void }) =>
  journey.totalCount === null ? null : (
    <p className="more no-print">
      <button type="button" onClick={journey.loadMore}>
        Show {Math.min(PAGE_SIZE, journey.totalCount - journey.entries.length)} more
      </button>{' '}
      <button type="button" onClick={showAll}>
        Show all {journey.totalCount} entries
      </button>
    </p>
  );

/** How many entries show (of how many, about which item), the exports and printing. */
const JourneyToolbar = (props: {
  route: Route & { programmeId: string };
  journey: Journey;
  shown: number;
  asOf: ReturnType<typeof asOfOf>;
  filter: ReturnType<typeof filterOf>;
  item: Item;
  print: () => void;
}) => {
  const { route, journey, item } = props;
  return (
    <div className="toolbar no-print">
      <p role="status" aria-live="polite" data-testid="journey-count">
        {journeyCount({
          shown: props.shown,
          total: journey.totalCount,
          hasMore: journey.hasMore,
          about: item ? (item.label ?? item.id) : null,
        })}
      </p>
      <JourneyExport programmeId={route.programmeId} asOf={props.asOf} filter={props.filter} item={item} />
      <button type="button" onClick={props.print}>
        Print or save as PDF
      </button>
    </div>
  );
};

export const JourneyView = ({
  route,
  go,
}: {
  route: Route & { programmeId: string };
  go: (route: Route) => void;
}) => {
  const travel = timeTravelOf(route.params);
  const asOf = asOfOf(travel);
  const facets = useQuery(JourneyFacetsDocument, { programmeId: route.programmeId, asOf });
  const filter = filterOf(route.params);
  const item = itemOf(route.params);
  const [printing, setPrinting] = useState(false);
  // "Show all" holds for the journey it was asked on: another filter or date starts a page at a time.
  const shownJourney = JSON.stringify([route.programmeId, asOf, filter]);
  const [allOf, setAllOf] = useState<string | null>(null);
  const journey = useJourney(route.programmeId, asOf, filter, {
    live: travel === null,
    loadAll: item !== null || printing || allOf === shownJourney,
  });
  const shown = item
    ? journey.entries.filter((e) => e.links.some((link) => link.id === item.id))
    : journey.entries;
  usePrintWhenWhole(journey, printing, setPrinting);

  if (facets.status === 'loading') return <Loading what="the journey" />;
  if (facets.status === 'failed')
    return travel && facets.error.code === 'NOT_FOUND' ? (
      <NotKnownThen travel={travel} />
    ) : (
      <Failure error={facets.error} retry={facets.reload} />
    );
  const { programme } = facets.data;
  return (
    <>
      <h1>The journey of {programme.name}</h1>
      <JourneyLede live={travel === null} />
      <JourneyFilters programme={programme} route={route} go={go} />
      <JourneyToolbar
        route={route}
        journey={journey}
        shown={shown.length}
        asOf={asOf}
        filter={filter}
        item={item}
        print={() => setPrinting(true)}
      />
      <JourneyProblem journey={journey} travel={travel} />
      {!journey.loading && !journey.error && shown.length === 0 ? (
        <NoEntry filtered={Object.keys(filter).length > 0 || item !== null} />
      ) : (
        <JourneyEntries entries={shown} arrived={journey.arrived} route={route} programme={programme} />
      )}
      {journey.loading && <Loading what="entries" />}
      {journey.hasMore && !journey.loading && !item && (
        <ShowMore journey={journey} showAll={() => setAllOf(shownJourney)} />
      )}
    </>
  );
};
