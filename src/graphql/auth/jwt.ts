/**
 * JSON Web Tokens from an identity provider, when configured: signed with a shared secret (HS256)
 * or by keys published at a JWKS address. `sub` is the actor id and the `roles` claim lists roles.
 */
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { CALLER_ROLES, type Caller, type CallerRole } from './rights';

export interface JwtSettings {
  readonly secret?: string;
  readonly jwksUrl?: string;
  readonly issuer?: string;
  readonly audience?: string;
}

export class JwtRejectedError extends Error {}

export type JwtVerifier = (token: string) => Promise<Caller>;

export const jwtVerifier = (settings: JwtSettings): JwtVerifier | undefined => {
  let key: Uint8Array | JWTVerifyGetKey;
  let algorithms: string[];
  if (settings.secret) {
    key = new TextEncoder().encode(settings.secret);
    algorithms = ['HS256', 'HS384', 'HS512'];
  } else if (settings.jwksUrl) {
    key = createRemoteJWKSet(new URL(settings.jwksUrl));
    algorithms = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'PS256', 'EdDSA'];
  } else {
    return undefined;
  }
  const options = {
    algorithms,
    ...(settings.issuer ? { issuer: settings.issuer } : {}),
    ...(settings.audience ? { audience: settings.audience } : {}),
  };
  return async (token) => {
    let payload: Record<string, unknown>;
    try {
      // jose's overloads split on the key's type; both kinds are verified the same way.
      ({ payload } = await jwtVerify(token, key as Uint8Array, options));
    } catch (error) {
      throw new JwtRejectedError(`the token was refused (${(error as Error).message})`);
    }
    const roles = Array.isArray(payload.roles)
      ? payload.roles.filter((role): role is CallerRole => CALLER_ROLES.includes(role as CallerRole))
      : [];
    if (typeof payload.sub !== 'string' || !payload.sub)
      throw new JwtRejectedError('the token has no subject');
    if (roles.length === 0)
      throw new JwtRejectedError(`the token's "roles" claim names none of ${CALLER_ROLES.join(', ')}`);
    return { actorId: payload.sub, roles, credential: 'jwt' };
  };
};
