import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { codesOf, ok, startTestLedger, type TestLedger } from '../support/ledgerApi';

const SECRET = 'a-shared-secret-of-at-least-32-characters!';
const hs256 = (claims: Record<string, unknown>, secret = SECRET) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('https://id.example.org')
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(secret));

describe('JSON Web Tokens with a shared secret', () => {
  let ledger: TestLedger;
  beforeAll(async () => {
    ledger = await startTestLedger({ env: { JWT_SECRET: SECRET, JWT_ISSUER: 'https://id.example.org' } });
  });
  afterAll(() => ledger.close());

  it('takes the actor from sub and the roles from the roles claim', async () => {
    const token = await hs256({ sub: 'eval-7', roles: ['evaluator', 'not-a-role'] });
    expect(ok(await ledger.post(token, '{ me { actorId roles } }')).me).toEqual({
      actorId: 'eval-7',
      roles: ['EVALUATOR'],
    });
  });

  it('refuses a token signed with another secret, expired, from another issuer or without roles', async () => {
    const refusals = [
      await hs256({ sub: 'x', roles: ['admin'] }, 'some-other-secret-that-is-32-characters'),
      await new SignJWT({ sub: 'x', roles: ['admin'] })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer('https://id.example.org')
        .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
        .sign(new TextEncoder().encode(SECRET)),
      await new SignJWT({ sub: 'x', roles: ['admin'] })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer('https://elsewhere.example.org')
        .sign(new TextEncoder().encode(SECRET)),
      await hs256({ sub: 'x' }),
    ];
    for (const token of refusals) {
      const answer = await ledger.post(token, '{ me { actorId } }');
      expect([answer.status, codesOf(answer)]).toEqual([401, ['UNAUTHENTICATED']]);
      expect(answer.errors![0]!.message).toMatch(/^The JSON Web Token was refused: /);
    }
  });
});

describe('JSON Web Tokens from a JWKS address', () => {
  let ledger: TestLedger;
  let keys: Server;
  let privateKey: KeyLike;
  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    keys = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => keys.listen(0, resolve));
    const url = `http://127.0.0.1:${(keys.address() as AddressInfo).port}/jwks.json`;
    ledger = await startTestLedger({ env: { JWT_JWKS_URL: url, JWT_AUDIENCE: 'ledger' } });
  });
  afterAll(async () => {
    await ledger.close();
    keys.close();
  });

  it('verifies tokens signed by a published key', async () => {
    const token = await new SignJWT({ sub: 'audit-9', roles: ['auditor'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setAudience('ledger')
      .setExpirationTime('5m')
      .sign(privateKey);
    expect(ok(await ledger.post(token, '{ me { actorId roles } }')).me).toEqual({
      actorId: 'audit-9',
      roles: ['AUDITOR'],
    });
    const wrongAudience = await new SignJWT({ sub: 'audit-9', roles: ['auditor'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setAudience('someone-else')
      .sign(privateKey);
    expect(codesOf(await ledger.post(wrongAudience, '{ me { actorId } }'))).toEqual(['UNAUTHENTICATED']);
  });
});
