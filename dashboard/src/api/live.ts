/** Live updates over WebSocket with graphql-ws, authenticated with the same token. */
import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from '../generated/graphql';
import { GRAPHQL_PATH } from './graphql';

let client: { token: string; client: Client } | undefined;

const clientFor = (token: string): Client => {
  if (client?.token === token) return client.client;
  void client?.client.dispose();
  const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}${GRAPHQL_PATH}`;
  client = {
    token,
    client: createClient({ url, lazy: true, connectionParams: { authorization: `Bearer ${token}` } }),
  };
  return client.client;
};

/** Calls `next` with each result; returns the function that stops listening. */
export const subscribe = <R, V extends Record<string, unknown>>(
  token: string,
  document: TypedDocumentString<R, V>,
  variables: V,
  on: { next: (data: R) => void; error: (message: string) => void },
): (() => void) =>
  clientFor(token).subscribe<R>(
    { query: document.toString(), variables },
    {
      next: (result) => {
        if (result.errors?.length) on.error(result.errors[0]!.message);
        else if (result.data) on.next(result.data);
      },
      error: () => on.error('Live updates stopped: the connection to the ledger closed.'),
      complete: () => undefined,
    },
  );

export const closeLive = () => {
  void client?.client.dispose();
  client = undefined;
};
