/** Bearer tokens → the caller. No token is no caller; a token that does not check out is refused. */
import type { AuthChecker } from 'type-graphql';
import type { LedgerContext, LedgerServices } from '../context';
import { ledgerError, unauthenticated } from '../errors';
import { JwtRejectedError } from './jwt';
import type { Caller, CallerRole } from './roles';

const BEARER = /^Bearer\s+(\S+)\s*$/i;
const JWT = /^[\w-]+\.[\w-]+\.[\w-]*$/;

const refused = (message: string) => {
  const error = unauthenticated(message);
  // Apollo answers errors raised while building the context with this HTTP status.
  Object.assign(error.extensions, { http: { status: 401 } });
  return error;
};

export const authenticate = async (
  authorization: string | undefined,
  services: Pick<LedgerServices, 'apiKeys' | 'jwt'>,
): Promise<Caller | undefined> => {
  if (!authorization?.trim()) return undefined;
  const token = BEARER.exec(authorization)?.[1];
  if (!token) throw refused('Send the token as "Authorization: Bearer <token>"');
  if (JWT.test(token)) {
    if (!services.jwt) throw refused('This ledger does not accept JSON Web Tokens; use an API key');
    try {
      return await services.jwt(token);
    } catch (error) {
      if (error instanceof JwtRejectedError)
        throw refused(`The JSON Web Token was refused: ${error.message}`);
      throw error;
    }
  }
  const caller = services.apiKeys.authenticate(token);
  if (!caller) throw refused('This API key is not known or has been revoked');
  return caller;
};

/** @Authorized() needs a caller; @Authorized(roles) needs one of those roles. */
export const authChecker: AuthChecker<LedgerContext, CallerRole> = ({ context }, roles) => {
  const caller = context.caller;
  if (!caller) throw unauthenticated('Sign in first: send "Authorization: Bearer <token>" with the request');
  if (roles.length > 0 && !caller.roles.some((role) => roles.includes(role))) {
    throw ledgerError(
      'FORBIDDEN',
      `This needs one of the roles ${roles.join(', ')}; you have ${caller.roles.join(', ')}`,
    );
  }
  return true;
};
