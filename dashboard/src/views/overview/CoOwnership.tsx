/** Co-ownership across levels: the blueprint's co-owners and the latest version's endorsers by level, and who proposes. */
import type { BlueprintQuery } from '../../generated/graphql';
import { percent } from '../../model/format';
import { countByLevel } from '../../model/levels';
import type { Overview } from './types';

export const CoOwnership = (props: { overview: Overview; blueprint: BlueprintQuery['blueprint'] | null }) => {
  const { coProduction, programme } = props.overview;
  const owners = countByLevel(props.blueprint?.coOwners ?? [], programme.participants);
  const latest = props.blueprint?.versions.at(-1);
  const endorsers = countByLevel(latest?.endorsedBy ?? [], programme.participants);
  return (
    <section aria-labelledby="co-ownership-heading">
      <h2 id="co-ownership-heading">Co-ownership across levels</h2>
      <ul className="plain">
        <li>
          Small changes proposed by practitioners:{' '}
          <strong data-testid="proposed-by-practitioners">
            {percent(coProduction.smallChangesProposedByPractitioners)}
          </strong>
        </li>
        <li>
          Blueprint elements with a practitioner co-owner:{' '}
          <strong>{percent(coProduction.blueprintElementsWithPractitionerCoOwner)}</strong>
        </li>
      </ul>
      {props.blueprint ? (
        <table>
          <caption>People by level</caption>
          <thead>
            <tr>
              <th scope="col">Level</th>
              <th scope="col">Blueprint co-owners</th>
              <th scope="col">{latest ? `Endorsed version ${latest.version}` : 'Endorsers'}</th>
            </tr>
          </thead>
          <tbody>
            {owners.map((row, index) => (
              <tr key={row.level}>
                <th scope="row">{row.level}</th>
                <td>{row.count}</td>
                <td>{endorsers[index]?.count ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="empty">The blueprint has not been drafted yet.</p>
      )}
    </section>
  );
};
