/**
 * Time travel: every view as the ledger knew it at a past moment (as recorded then), or as we now
 * know things had happened by then (as occurred then, late records included).
 */
import { useState, type FormEvent } from 'react';
import { timeTravelOf, type Route } from '../model/route';
import { formatMoment } from '../model/format';

/** A local date and optional time from the form, as the UTC instant the API takes. */
const instantOf = (date: string, time: string): string =>
  time ? new Date(`${date}T${time}`).toISOString() : date;

export const TimeTravelControl = ({ route, go }: { route: Route; go: (route: Route) => void }) => {
  const travel = timeTravelOf(route.params);
  const [date, setDate] = useState(travel?.at.slice(0, 10) ?? '');
  const [time, setTime] = useState('');
  const [as, setAs] = useState<'recorded' | 'occurred'>(travel?.as ?? 'occurred');

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (!date) return;
    go({ ...route, params: { ...route.params, at: instantOf(date, time), as } });
  };
  const today = () => {
    const { at: _at, as: _as, ...rest } = route.params;
    setDate('');
    setTime('');
    go({ ...route, params: rest });
  };

  return (
    <details className="time-travel-box" open={travel !== null}>
      <summary>
        Time travel
        {travel &&
          `: ${travel.as === 'recorded' ? 'as recorded by' : 'as it happened by'} ${formatMoment(travel.at)}`}
      </summary>
      <form className="time-travel" onSubmit={apply} aria-label="Time travel">
        <fieldset>
          <legend>Show the ledger</legend>
          <label>
            <input type="radio" name="as" checked={as === 'occurred'} onChange={() => setAs('occurred')} /> as
            it happened by
          </label>
          <label>
            <input type="radio" name="as" checked={as === 'recorded'} onChange={() => setAs('recorded')} /> as
            recorded by
          </label>
        </fieldset>
        <label>
          Date <input type="date" value={date} required onChange={(event) => setDate(event.target.value)} />
        </label>
        <label>
          Time (optional) <input type="time" value={time} onChange={(event) => setTime(event.target.value)} />
        </label>
        <button type="submit">Show</button>
        {travel && (
          <>
            <p className="travelling" role="status">
              Showing the ledger {travel.as === 'recorded' ? 'as recorded by' : 'as it happened by'}{' '}
              <strong>{formatMoment(travel.at)}</strong>
            </p>
            <button type="button" onClick={today}>
              Back to today
            </button>
          </>
        )}
      </form>
    </details>
  );
};
