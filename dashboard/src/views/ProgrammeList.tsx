/** The programmes this key may read; an empty ledger says so and how to start. */
import { useSession } from '../api/sessionContext';
import { formatRoute } from '../model/route';
import { PROGRAMME_STATUS } from '../model/labels';

export const ProgrammeList = () => {
  const { programmes } = useSession();
  return (
    <section>
      <h1>Programmes</h1>
      {programmes.length === 0 ? (
        <div className="empty">
          <p>
            <strong>The ledger holds no programme yet.</strong>
          </p>
          <p>
            A programme appears here once an administrator launches it (the <code>launchProgramme</code>{' '}
            mutation). Everything recorded in it then shows here as it happens.
          </p>
        </div>
      ) : (
        <ul className="cards">
          {programmes.map((programme) => (
            <li key={programme.programmeId}>
              <a href={formatRoute({ programmeId: programme.programmeId, view: 'overview', params: {} })}>
                <strong>{programme.name}</strong>
              </a>
              <span>
                {programme.localAuthority} · {PROGRAMME_STATUS[programme.status]}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
