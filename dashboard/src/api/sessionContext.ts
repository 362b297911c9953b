/** Who is signed in, shared by every view. */
import { createContext, useContext } from 'react';
import type { SessionQuery } from '../generated/graphql';

export interface Session {
  readonly token: string;
  readonly me: SessionQuery['me'];
  readonly programmes: readonly SessionQuery['programmes']['edges'][number]['node'][];
  readonly signOut: (reason?: string) => void;
}

export const SessionContext = createContext<Session | null>(null);

export const useSession = (): Session => {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in dashboard');
  return session;
};
