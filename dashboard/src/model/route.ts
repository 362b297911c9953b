/**
 * Where the dashboard is, kept in the URL's fragment so that a view can be bookmarked and shared:
 * `#/<programmeId>/<view>?filters`. Only ids, dates and filters go there: never a token.
 */
export const VIEWS = ['overview', 'journey', 'blueprint', 'charts'] as const;
export type View = (typeof VIEWS)[number];

export interface Route {
  readonly programmeId: string | null;
  readonly view: View;
  readonly params: Readonly<Record<string, string>>;
}

const isView = (value: string | undefined): value is View => VIEWS.includes(value as View);

export const parseRoute = (hash: string): Route => {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [programmeId, view] = path.split('/').map((part) => decodeURIComponent(part));
  const params: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(query)) if (value) params[key] = value;
  return { programmeId: programmeId || null, view: isView(view) ? view : 'overview', params };
};

export const formatRoute = (route: Route): string => {
  if (!route.programmeId) return '#/';
  const query = new URLSearchParams(
    Object.entries(route.params).filter(([, value]) => value !== '' && value !== undefined),
  ).toString();
  return `#/${encodeURIComponent(route.programmeId)}/${route.view}${query ? `?${query}` : ''}`;
};

/** Time travel: a date (and optional time) and whether it means recorded by or occurred by. */
export interface TimeTravel {
  readonly at: string;
  readonly as: 'recorded' | 'occurred';
}

const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z)?$/;

export const timeTravelOf = (params: Route['params']): TimeTravel | null => {
  const at = params.at;
  if (!at || !DATE.test(at)) return null;
  return { at, as: params.as === 'occurred' ? 'occurred' : 'recorded' };
};

/** The API's asOf argument for a time travel, or null for today. */
export const asOfOf = (travel: TimeTravel | null) =>
  travel === null ? null : travel.as === 'recorded' ? { recordedAt: travel.at } : { occurredAt: travel.at };
