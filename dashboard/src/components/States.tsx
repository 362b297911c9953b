/** What a view shows while it loads, when the ledger refuses, and when there is nothing yet. */
import type { ReactNode } from 'react';
import type { LedgerError } from '../api/graphql';

export const Loading = ({ what }: { what: string }) => (
  <p className="loading" role="status">
    Loading {what}…
  </p>
);

const explain = (error: LedgerError): string => {
  switch (error.code) {
    case 'FORBIDDEN':
      return `Your role does not allow this: ${error.message}`;
    case 'NOT_FOUND':
      return `Not in the ledger: ${error.message}`;
    case 'NETWORK':
      return error.message;
    default:
      return `The ledger could not answer: ${error.message}`;
  }
};

export const Failure = ({ error, retry }: { error: LedgerError; retry?: () => void }) => (
  <div role="alert" className="error">
    <p>{explain(error)}</p>
    {retry && (
      <button type="button" onClick={retry}>
        Try again
      </button>
    )}
  </div>
);

export const Empty = ({ children }: { children: ReactNode }) => <div className="empty">{children}</div>;
