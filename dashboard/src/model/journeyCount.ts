/** What the journey says about how much of it is on the page. */
import { plural } from './format';

export const journeyCount = (props: {
  /** Entries on the page. */
  readonly shown: number;
  /** Entries that match, loaded or not; null before the first page. */
  readonly total: number | null;
  readonly hasMore: boolean;
  /** The item the journey is narrowed to, in words; its entries are counted as they load. */
  readonly about: string | null;
}): string => {
  const { shown, total, about } = props;
  if (about !== null)
    return `${plural(shown, 'entry', 'entries')} about ${about}${props.hasMore ? ' so far' : ''}`;
  if (total === null) return 'Counting entries…';
  if (total === 0) return 'No entries';
  if (shown >= total) return total === 1 ? 'Showing the only entry' : `Showing all ${total} entries`;
  return `Showing ${shown} of ${plural(total, 'entry', 'entries')}`;
};
