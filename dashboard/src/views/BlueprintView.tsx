/** How the blueprint evolved: versions on a line, any two compared element by element with rationale and evidence, lineage. */
import { useQuery } from '../api/useQuery';
import { Empty, Failure, Loading } from '../components/States';
import { BlueprintDocument, type BlueprintQuery } from '../generated/graphql';
import { formatDay } from '../model/format';
import { asOfOf, timeTravelOf, type Route } from '../model/route';
import { NotKnownThen } from './NotKnownThen';
import { BlueprintDiffView } from './blueprint/BlueprintDiffView';
import { VersionLine } from './blueprint/VersionLine';

const pick = (value: string | undefined, versions: readonly number[], fallback: number) => {
  const wanted = Number(value);
  return versions.includes(wanted) ? wanted : fallback;
};

type Blueprint = NonNullable<BlueprintQuery['blueprint']>;

const NotDrafted = ({ then }: { then: boolean }) => (
  <>
    <h1>Blueprint</h1>
    <Empty>
      <p>
        <strong>The blueprint has not been drafted{then ? ' by then' : ' yet'}.</strong> Once it is, its
        versions and every change to them, with the rationale and evidence, show here.
      </p>
    </Empty>
  </>
);

/** Where the blueprint came from (derived from another programme, or drafted here), its elements and co-owners. */
const Lineage = ({ blueprint }: { blueprint: Blueprint }) => (
  <p className="lede">
    {blueprint.derivedFrom ? (
      <>
        Derived from{' '}
        <strong>{blueprint.derivedFrom.programmeName ?? blueprint.derivedFrom.programmeId}</strong>, version{' '}
        {blueprint.derivedFrom.version} (adapted here, not copied).{' '}
      </>
    ) : (
      <>Drafted here on {formatDay(blueprint.started.occurredAt)}, not derived from another programme. </>
    )}
    {blueprint.elements.length} working elements, co-owned by{' '}
    {blueprint.coOwners.map((p) => p.name).join(', ') || 'no one yet'}
    {blueprint.unpublishedChanges.length > 0
      ? `; ${blueprint.unpublishedChanges.length} changes not yet published`
      : ''}
    .
  </p>
);

const VersionChoice = (props: {
  label: string;
  value: number;
  versions: readonly number[];
  choose: (value: string) => void;
}) => (
  <label>
    {props.label}
    <select value={props.value} onChange={(e) => props.choose(e.target.value)}>
      {props.versions.map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  </label>
);

/** Any two published versions, compared element by element (the earlier on the left). */
const CompareVersions = (props: {
  route: Route & { programmeId: string };
  go: (route: Route) => void;
  versions: readonly number[];
  asOf: ReturnType<typeof asOfOf>;
}) => {
  const { route, versions } = props;
  const latest = versions.at(-1) ?? 0;
  const to = pick(route.params.to, versions, latest);
  const from = pick(route.params.from, versions, versions.filter((n) => n < to).at(-1) ?? versions[0] ?? 0);
  const choose = (key: 'from' | 'to') => (value: string) =>
    props.go({ ...route, params: { ...route.params, [key]: value } });
  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare two versions</h2>
      <form className="compare no-print" onSubmit={(e) => e.preventDefault()}>
        <VersionChoice label="From version" value={from} versions={versions} choose={choose('from')} />
        <VersionChoice label="to version" value={to} versions={versions} choose={choose('to')} />
      </form>
      {from >= to ? (
        <p className="note">Pick an earlier version on the left than on the right.</p>
      ) : (
        <BlueprintDiffView programmeId={route.programmeId} from={from} to={to} asOf={props.asOf} />
      )}
    </section>
  );
};

export const BlueprintView = ({
  route,
  go,
}: {
  route: Route & { programmeId: string };
  go: (route: Route) => void;
}) => {
  const travel = timeTravelOf(route.params);
  const asOf = asOfOf(travel);
  const answer = useQuery(BlueprintDocument, { programmeId: route.programmeId, asOf });
  if (answer.status === 'loading') return <Loading what="the blueprint" />;
  if (answer.status === 'failed')
    return travel && answer.error.code === 'NOT_FOUND' ? (
      <NotKnownThen travel={travel} />
    ) : (
      <Failure error={answer.error} retry={answer.reload} />
    );
  const { blueprint } = answer.data;
  if (!blueprint) return <NotDrafted then={travel !== null} />;
  const versions = blueprint.versions.map((version) => version.version);
  return (
    <>
      <h1>Blueprint</h1>
      <Lineage blueprint={blueprint} />
      <VersionLine blueprint={blueprint} />
      {versions.length < 2 ? (
        <Empty>
          <p>
            {versions.length === 0
              ? 'No version has been published yet.'
              : 'Only version 1 has been published: a comparison needs two versions.'}
          </p>
        </Empty>
      ) : (
        <CompareVersions route={route} go={go} versions={versions} asOf={asOf} />
      )}
    </>
  );
};
