/**
 * What a caller who takes a wrong turn is told: a path that serves nothing answers 404 with where
 * the API (and, when it is on, its explorer) can be found.
 */
import { startTestLedger } from '../support/ledgerApi';

const notFound = async (env: Record<string, string>) => {
  const ledger = await startTestLedger({ env });
  try {
    const response = await fetch(new URL('/nothing-here?x=1', ledger.server.url));
    return { status: response.status, body: (await response.json()) as unknown };
  } finally {
    await ledger.close();
  }
};

describe('a path that serves nothing', () => {
  it('answers 404 and says where the API and its explorer are', async () => {
    expect(await notFound({})).toEqual({
      status: 404,
      body: { error: 'Nothing is served at /nothing-here; the API is at /graphql and its explorer at /' },
    });
  });

  it('says the explorer is off, and how to turn it on, when it is off', async () => {
    expect(await notFound({ NODE_ENV: 'production' })).toEqual({
      status: 404,
      body: {
        error:
          'Nothing is served at /nothing-here; the API is at /graphql (the explorer is off: LEDGER_EXPLORER)',
      },
    });
  });
});
