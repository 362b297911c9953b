/** Time travel to before the ledger knew of the programme. */
import { formatMoment } from '../model/format';
import type { TimeTravel } from '../model/route';
import { Empty } from '../components/States';

export const NotKnownThen = ({ travel }: { travel: TimeTravel }) => (
  <>
    <h1>Not in the ledger on {formatMoment(travel.at)}</h1>
    <Empty>
      <p>
        <strong>
          {travel.as === 'recorded'
            ? `The ledger held nothing of this programme by ${formatMoment(travel.at)}.`
            : `Nothing of this programme had happened by ${formatMoment(travel.at)}.`}
        </strong>
      </p>
      <p>Choose a later date, or go back to today.</p>
    </Empty>
  </>
);
