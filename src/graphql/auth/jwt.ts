/**
 * JSON Web Tokens from an identity provider, when configured: signed with a shared secret (HS256)
 * or by keys published at a JWKS address. `sub` is the actor id, the `roles` claim lists roles and
 * the optional `programmes` claim limits the token to those programmes. `exp` is required, and may
 * lie at most the configured maximum lifetime ahead, so no token is good for ever.
 */
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { CALLER_ROLES, type Caller, type CallerRole } from './roles';

export interface JwtSettings {
  readonly secret?: string;
  readonly jwksUrl?: string;
  readonly issuer?: string;
  readonly audience?: string;
  /** The longest a token may still have to run when it is presented, in seconds. */
  readonly maxLifetimeSeconds?: number;
}

export class JwtRejectedError extends Error {}

const DEFAULT_MAX_LIFETIME_SECONDS = 86_400;

const programmesClaim = (claim: unknown): { programmes?: string[] } => {
  if (claim === undefined) return {};
  if (!Array.isArray(claim) || claim.length === 0 || !claim.every((id) => typeof id === 'string' && id))
    throw new JwtRejectedError('the "programmes" claim must be a non-empty list of programme ids');
  return { programmes: claim as string[] };
};

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
    requiredClaims: ['exp'],
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
    const expiresAt = new Date(Number(payload.exp) * 1000);
    const maxLifetime = settings.maxLifetimeSeconds ?? DEFAULT_MAX_LIFETIME_SECONDS;
    if (expiresAt.getTime() - Date.now() > maxLifetime * 1000)
      throw new JwtRejectedError(
        `the token expires more than ${maxLifetime} seconds from now (JWT_MAX_LIFETIME); ask for a shorter-lived one`,
      );
    return {
      actorId: payload.sub,
      roles,
      credential: 'jwt',
      expiresAt,
      ...programmesClaim(payload.programmes),
    };
  };
};
