/** The signed-in page: header with programme, views and time travel; the chosen view below. */
import { useEffect, useRef } from 'react';
import { unhandled } from '../../src/domain/shared/command';
import { useSession } from './api/sessionContext';
import { TimeTravelControl } from './components/TimeTravelControl';
import { CALLER_ROLE } from './model/labels';
import { formatRoute, timeTravelOf, type Route, type View } from './model/route';
import { useRoute } from './useRoute';
import { BlueprintView } from './views/BlueprintView';
import { JourneyView } from './views/JourneyView';
import { OverviewView } from './views/OverviewView';
import { ProgrammeList } from './views/ProgrammeList';
import { RunChartsView } from './views/RunChartsView';

const VIEW_NAMES: Record<View, string> = {
  overview: 'Overview',
  journey: 'Journey',
  blueprint: 'Blueprint',
  charts: 'Run charts',
};

const ViewOf = ({ route, go }: { route: Route & { programmeId: string }; go: (route: Route) => void }) => {
  switch (route.view) {
    case 'overview':
      return <OverviewView route={route} />;
    case 'journey':
      return <JourneyView route={route} go={go} />;
    case 'blueprint':
      return <BlueprintView route={route} go={go} />;
    case 'charts':
      return <RunChartsView route={route} />;
    default:
      return unhandled(route.view);
  }
};

export const Shell = () => {
  const { me, programmes, signOut } = useSession();
  const [route, go] = useRoute();
  const heading = useRef<HTMLElement>(null);
  const programme = programmes.find((p) => p.programmeId === route.programmeId);
  const travel = timeTravelOf(route.params);

  // A new view moves focus to the content, so keyboard and screen-reader users start there.
  useEffect(() => heading.current?.focus({ preventScroll: true }), [route.programmeId, route.view]);

  return (
    <>
      <a className="skip" href="#main" onClick={(e) => (e.preventDefault(), heading.current?.focus())}>
        Skip to content
      </a>
      <header className="top">
        <div className="brand">
          <a href="#/">Change-programme ledger</a>
          {programme && <span className="programme-name">{programme.name}</span>}
        </div>
        <div className="who">
          <span>
            Signed in as <strong>{me.actorId}</strong> ({me.roles.map((role) => CALLER_ROLE[role]).join(', ')}
            )
          </span>
          <button type="button" className="link" onClick={() => signOut()}>
            Sign out
          </button>
        </div>
        {route.programmeId && (
          <nav aria-label="Views">
            <ul>
              {(Object.keys(VIEW_NAMES) as View[]).map((view) => (
                <li key={view}>
                  <a
                    href={formatRoute({
                      ...route,
                      view,
                      params: travel ? { at: travel.at, as: travel.as } : {},
                    })}
                    aria-current={route.view === view ? 'page' : undefined}
                  >
                    {VIEW_NAMES[view]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {route.programmeId && <TimeTravelControl route={route} go={go} />}
      </header>
      <main id="main" ref={heading} tabIndex={-1} className="content">
        {route.programmeId ? (
          <ViewOf route={{ ...route, programmeId: route.programmeId }} go={go} />
        ) : (
          <ProgrammeList />
        )}
      </main>
    </>
  );
};
