/** The route in the URL's fragment, and a way to move to another one. */
import { useCallback, useEffect, useState } from 'react';
import { formatRoute, parseRoute, type Route } from './model/route';

export const useRoute = (): [Route, (route: Route) => void] => {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const go = useCallback((next: Route) => {
    window.location.hash = formatRoute(next);
  }, []);
  return [route, go];
};
