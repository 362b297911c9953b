/**
 * Headers on every answer: security headers (helmet) and, for the origins configured in
 * CORS_ORIGINS only, CORS (cors). The content security policy allows scripts and styles from the
 * ledger itself only (no inline scripts, no other host); styles may also be inline, which the
 * explorer's editor needs. Frames are refused everywhere.
 */
import cors from 'cors';
import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

export type Middleware = (
  request: IncomingMessage,
  response: ServerResponse,
  next: (error?: unknown) => void,
) => void;

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Runs a middleware; helmet's and cors's (with a list of origins) call `next` before they return,
 * and are then done without a promise (a promise per middleware per request showed in the API's
 * profile). One that calls it later is waited for.
 */
export const runMiddleware = (middleware: Middleware, request: IncomingMessage, response: ServerResponse) => {
  let outcome: { error?: unknown } | undefined;
  let settle: ((error?: unknown) => void) | undefined;
  middleware(request, response, (error) => (settle ? settle(error) : (outcome = { error })));
  if (outcome) return outcome.error ? Promise.reject(outcome.error) : undefined;
  return new Promise<void>((resolve, reject) => {
    settle = (error) => (error ? reject(error) : resolve());
  });
};

/**
 * Sets the headers; answers a CORS preflight itself (true when it did). Origins not listed get no
 * CORS headers, so browsers on them cannot read the answers.
 */
export const pageHeaders = (corsOrigins: readonly string[]) => {
  const security = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  }) as Middleware;
  const crossOrigin = cors({
    origin: corsOrigins.length > 0 ? [...corsOrigins] : false,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['authorization', 'content-type', 'x-correlation-id'],
    exposedHeaders: ['x-correlation-id', 'retry-after'],
    maxAge: 600,
  }) as Middleware;
  return async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    const securing = runMiddleware(security, request, response);
    if (securing) await securing;
    if (request.method === 'OPTIONS') {
      await new Promise<void>((resolve) => {
        crossOrigin(request, response, () => resolve());
        response.once('finish', () => resolve());
      });
      if (!response.writableEnded) response.writeHead(204).end();
      return true;
    }
    const crossing = runMiddleware(crossOrigin, request, response);
    if (crossing) await crossing;
    return false;
  };
};
