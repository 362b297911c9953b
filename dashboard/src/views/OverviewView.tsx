/** Where the programme stands: phases, small changes per team against the target, experiments, barriers, co-ownership. */
import { useQuery } from '../api/useQuery';
import { Failure, Loading } from '../components/States';
import { BlueprintDocument, OverviewDocument } from '../generated/graphql';
import { formatDay, plural } from '../model/format';
import { PROGRAMME_STATUS } from '../model/labels';
import { asOfOf, timeTravelOf, type Route } from '../model/route';
import { Barriers } from './overview/Barriers';
import { CoOwnership } from './overview/CoOwnership';
import { Experiments } from './overview/Experiments';
import { Measures } from './overview/Measures';
import { PhaseTimeline } from './overview/PhaseTimeline';
import { SmallChangeFunnels } from './overview/SmallChangeFunnels';
import { SmallChangesExport } from './overview/SmallChangesExport';
import { NotKnownThen } from './NotKnownThen';

export const OverviewView = ({ route }: { route: Route & { programmeId: string } }) => {
  const travel = timeTravelOf(route.params);
  const variables = { programmeId: route.programmeId, asOf: asOfOf(travel) };
  const overview = useQuery(OverviewDocument, variables);
  const blueprint = useQuery(BlueprintDocument, variables);
  if (overview.status === 'loading') return <Loading what="the overview" />;
  if (overview.status === 'failed')
    return travel && overview.error.code === 'NOT_FOUND' ? (
      <NotKnownThen travel={travel} />
    ) : (
      <Failure error={overview.error} retry={overview.reload} />
    );
  const { overview: o } = overview.data;
  const { programme } = o;
  return (
    <>
      <h1>{programme.name}</h1>
      <p className="lede">
        {programme.localAuthority} · {programme.scope} · started {formatDay(programme.startDate)} for{' '}
        {plural(programme.plannedDurationMonths, 'month')}
        {o.currentPhase ? (
          <>
            {' '}
            · now in <strong>{o.currentPhase.name}</strong>
          </>
        ) : null}
        {programme.status !== 'ACTIVE' ? ` · ${PROGRAMME_STATUS[programme.status]}` : ''}
      </p>
      <PhaseTimeline overview={o} travel={travel} />
      <SmallChangeFunnels overview={o} />
      <SmallChangesExport programmeId={programme.programmeId} asOf={variables.asOf} />
      <Experiments programmeId={programme.programmeId} counts={o.experiments} asOf={variables.asOf} />
      <div className="columns">
        <Barriers counts={o.barriers} />
        <CoOwnership
          overview={o}
          blueprint={blueprint.status === 'ready' ? blueprint.data.blueprint : null}
        />
      </div>
      <Measures overview={o} travel={travel} />
    </>
  );
};
