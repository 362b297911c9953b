/** Runs a typed query for a component, again whenever its variables change. */
import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../generated/graphql';
import { LedgerError, request } from './graphql';
import { useSession } from './sessionContext';

export type QueryState<R> =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: LedgerError }
  | { readonly status: 'ready'; readonly data: R };

export const useQuery = <R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  options: { skip?: boolean } = {},
): QueryState<R> & { reload: () => void } => {
  const { token, signOut } = useSession();
  const [state, setState] = useState<QueryState<R>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (options.skip) return;
    let current = true;
    setState({ status: 'loading' });
    request(document, JSON.parse(key) as V, token).then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => {
        if (!current) return;
        const failure =
          error instanceof LedgerError ? error : new LedgerError(String(error), 'INTERNAL_SERVER_ERROR');
        if (failure.code === 'UNAUTHENTICATED')
          signOut('The ledger no longer accepts this key: sign in again.');
        setState({ status: 'failed', error: failure });
      },
    );
    return () => {
      current = false;
    };
  }, [document, key, token, round, options.skip, signOut]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { ...state, reload };
};
