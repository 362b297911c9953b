/** GraphQL over HTTP: the dashboard's only way into the ledger, exactly as any integrating client would. */
import type { TypedDocumentString } from '../generated/graphql';

export const GRAPHQL_PATH = '/graphql';

/** An answer with errors: the first error's code (e.g. FORBIDDEN) and its message, for people. */
export class LedgerError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

interface Answer<R> {
  readonly data?: R | null;
  readonly errors?: readonly { message: string; extensions?: { code?: string } }[];
}

export const request = async <R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  token: string,
): Promise<R> => {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new LedgerError('The ledger did not answer. Is it running?', 'NETWORK');
  }
  let answer: Answer<R>;
  try {
    answer = (await response.json()) as Answer<R>;
  } catch {
    throw new LedgerError(`The ledger answered ${response.status} without GraphQL.`, 'BAD_RESPONSE');
  }
  const first = answer.errors?.[0];
  if (first) throw new LedgerError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (!answer.data) throw new LedgerError('The ledger answered without data.', 'BAD_RESPONSE');
  return answer.data;
};
