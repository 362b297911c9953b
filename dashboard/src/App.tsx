/** Sign-in gate: nothing is read until the ledger has accepted the token. */
import { useCallback, useEffect, useState } from 'react';
import { LedgerError, request } from './api/graphql';
import { closeLive } from './api/live';
import { forgetToken, keepToken, storedToken } from './api/session';
import { SessionContext, type Session } from './api/sessionContext';
import { SessionDocument } from './generated/graphql';
import { Shell } from './Shell';
import { SignIn } from './views/SignIn';

type Gate =
  | { readonly status: 'signedOut'; readonly message?: string }
  | { readonly status: 'checking'; readonly token: string }
  | { readonly status: 'signedIn'; readonly session: Session };

export const App = () => {
  const [gate, setGate] = useState<Gate>(() => {
    const token = storedToken();
    return token ? { status: 'checking', token } : { status: 'signedOut' };
  });

  const signOut = useCallback((message?: string) => {
    forgetToken();
    closeLive();
    setGate({ status: 'signedOut', message });
  }, []);

  useEffect(() => {
    if (gate.status !== 'checking') return;
    let current = true;
    request(SessionDocument, {}, gate.token).then(
      ({ me, programmes }) => {
        if (!current) return;
        keepToken(gate.token);
        const session = { token: gate.token, me, programmes: programmes.edges.map((e) => e.node), signOut };
        setGate({ status: 'signedIn', session });
      },
      (error: unknown) => {
        if (!current) return;
        forgetToken();
        const refused = error instanceof LedgerError && error.code === 'UNAUTHENTICATED';
        setGate({
          status: 'signedOut',
          message: refused
            ? 'The ledger did not accept that key or token. Check it and try again.'
            : `Could not sign in: ${error instanceof Error ? error.message : String(error)}`,
        });
      },
    );
    return () => {
      current = false;
    };
  }, [gate, signOut]);

  if (gate.status === 'signedIn')
    return (
      <SessionContext.Provider value={gate.session}>
        <Shell />
      </SessionContext.Provider>
    );
  return (
    <SignIn
      checking={gate.status === 'checking'}
      message={gate.status === 'signedOut' ? gate.message : undefined}
      onSubmit={(token) => setGate({ status: 'checking', token })}
    />
  );
};
