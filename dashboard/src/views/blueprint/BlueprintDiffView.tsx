/** What differs between two versions, element by element, and every change recorded in between with its rationale and evidence. */
import { useQuery } from '../../api/useQuery';
import { Failure, Loading } from '../../components/States';
import {
  BlueprintDiffDocument,
  type AsOfInput,
  type BlueprintDiffQuery,
  type ElementFragment,
} from '../../generated/graphql';
import { formatDay, words } from '../../model/format';
import { BLUEPRINT_CHANGE, ELEMENT_KIND, EVIDENCE_KIND } from '../../model/labels';

type Difference = BlueprintDiffQuery['blueprintDiff']['differences'][number];
type Change = BlueprintDiffQuery['blueprintDiff']['changes'][number];

/** The fields of a blueprint element a revision can change, as the diff names them. */
const FIELD_NAME: Readonly<Record<string, string>> = {
  title: 'title',
  kind: 'kind',
  description: 'description',
  owners: 'owners',
  barrierIds: 'barriers it eases',
};

const FIELD_TEXT: Record<string, (element: ElementFragment) => string> = {
  title: (e) => e.title,
  kind: (e) => ELEMENT_KIND[e.kind],
  description: (e) => e.description,
  owners: (e) => e.owners.map((o) => o.name).join(', '),
  barrierIds: (e) => e.barrierIds.join(', '),
};

const DifferenceItem = ({ difference }: { difference: Difference }) => {
  const { before, after } = difference;
  return (
    <li className={`difference ${BLUEPRINT_CHANGE[difference.change]}`}>
      <p>
        <span className={`badge ${BLUEPRINT_CHANGE[difference.change]}`}>
          {BLUEPRINT_CHANGE[difference.change]}
        </span>{' '}
        <strong>{difference.title}</strong>
        {after && <span className="muted"> ({ELEMENT_KIND[after.kind]})</span>}
      </p>
      {difference.change === 'REVISED' && before && after ? (
        <dl className="fields">
          {difference.fieldsChanged.map((field) => (
            <div key={field}>
              <dt>{FIELD_NAME[field] ?? words(field)}</dt>
              <dd>
                <del>{FIELD_TEXT[field]?.(before) ?? '(changed)'}</del> →{' '}
                <ins>{FIELD_TEXT[field]?.(after) ?? ''}</ins>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">{(after ?? before)?.description}</p>
      )}
    </li>
  );
};

const ChangeItem = ({ change }: { change: Change }) => (
  <li>
    <p>
      <time dateTime={change.occurredAt}>{formatDay(change.occurredAt)}</time>{' '}
      <span className={`badge ${BLUEPRINT_CHANGE[change.change]}`}>{BLUEPRINT_CHANGE[change.change]}</span>{' '}
      <strong>{change.title}</strong>, recorded by {change.recordedBy.name}
    </p>
    {change.rationale && (
      <p className="rationale">
        <span className="label">Why:</span> {change.rationale}
      </p>
    )}
    {change.evidence.length > 0 && (
      <ul className="evidence" aria-label="Evidence">
        {change.evidence.map((evidence) => (
          <li key={`${evidence.kind}:${evidence.id}`}>
            <span className="badge">{EVIDENCE_KIND[evidence.kind]}</span> {evidence.summary}
            {!evidence.found && <em> (not in the ledger)</em>}
          </li>
        ))}
      </ul>
    )}
  </li>
);

export const BlueprintDiffView = (props: {
  programmeId: string;
  from: number;
  to: number;
  asOf: AsOfInput | null;
}) => {
  const answer = useQuery(BlueprintDiffDocument, props);
  if (answer.status === 'loading') return <Loading what="the comparison" />;
  if (answer.status === 'failed') return <Failure error={answer.error} retry={answer.reload} />;
  const { differences, changes } = answer.data.blueprintDiff;
  return (
    <div className="diff">
      <h3>
        From version {props.from} to version {props.to}: {differences.length} elements differ
      </h3>
      {differences.length === 0 ? (
        <p>The two versions hold the same elements.</p>
      ) : (
        <ul className="differences" aria-label="Differences">
          {differences.map((d) => (
            <DifferenceItem key={d.elementId} difference={d} />
          ))}
        </ul>
      )}
      <h3>Every change recorded in between, with its rationale and evidence</h3>
      <ol className="changes">
        {changes.map((change, index) => (
          <ChangeItem key={`${change.elementId}-${index}`} change={change} />
        ))}
      </ol>
    </div>
  );
};
