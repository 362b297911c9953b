/** CSV of every small change: what, which team, where it stands and each step's date. */
import { request } from '../../api/graphql';
import { useSession } from '../../api/sessionContext';
import { DownloadCsv } from '../../components/Download';
import { SmallChangesDocument, type AsOfInput, type SmallChangesQuery } from '../../generated/graphql';
import { fileDateOf, toCsv } from '../../model/csv';
import { SMALL_CHANGE_STATUS, VERDICT } from '../../model/labels';

type SmallChange = SmallChangesQuery['smallChanges']['edges'][number]['node'];

export const allSmallChanges = async (
  token: string,
  programmeId: string,
  asOf: AsOfInput | null,
): Promise<SmallChange[]> => {
  const found: SmallChange[] = [];
  let after: string | null = null;
  for (;;) {
    const page: SmallChangesQuery = await request(
      SmallChangesDocument,
      { programmeId, asOf, first: 100, after },
      token,
    );
    found.push(...page.smallChanges.edges.map((edge) => edge.node));
    if (!page.smallChanges.pageInfo.hasNextPage) return found;
    after = page.smallChanges.pageInfo.endCursor;
  }
};

const HEADER = [
  'smallChangeId',
  'teamId',
  'title',
  'status',
  'proposedOn',
  'proposedBy',
  'proposedByPractitioners',
  'agreedOn',
  'declinedOn',
  'implementedOn',
  'whatChanged',
  'lastVerdict',
  'hoursFreedPerWeek',
  'revertedOn',
  'escalatedOn',
  'rationale',
  'barrierIds',
];

export const smallChangesCsv = (changes: readonly SmallChange[]) =>
  toCsv(
    HEADER,
    changes.map((c) => {
      const review = c.reviews.at(-1);
      return [
        c.smallChangeId,
        c.teamId,
        c.title,
        SMALL_CHANGE_STATUS[c.status],
        c.proposed.occurredAt,
        c.proposedBy.map((p) => p.name).join('; '),
        c.proposedByPractitioners,
        c.agreed?.occurredAt,
        c.declined?.occurredAt,
        c.implemented?.implementedAt,
        c.implemented?.whatChanged,
        review && VERDICT[review.verdict],
        review?.hoursFreedPerWeek,
        c.reverted?.occurredAt,
        c.escalated?.occurredAt,
        c.declined?.rationale ?? c.reverted?.rationale ?? c.escalated?.rationale,
        c.barrierIds.join('; '),
      ];
    }),
  );

/** Every small change as the overview shows them: today, or as of the time travelled to. */
export const SmallChangesExport = ({
  programmeId,
  asOf,
}: {
  programmeId: string;
  asOf: AsOfInput | null;
}) => {
  const { token } = useSession();
  return (
    <p className="exports">
      <DownloadCsv
        label="Download small changes (CSV)"
        filename={`${programmeId}-small-changes${fileDateOf(asOf)}.csv`}
        build={async () => smallChangesCsv(await allSmallChanges(token, programmeId, asOf))}
      />
    </p>
  );
};
