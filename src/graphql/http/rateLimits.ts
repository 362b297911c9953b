/**
 * Rate limits per credential and per address (rate-limiter-flexible, in memory): requests per
 * minute, and refused sign-ins per address, which then block that address for the rest of the
 * minute. A credential is known by a hash of the Authorization header, so limits hold before,
 * and whether or not, the token checks out. 0 switches a limit off.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { HttpConfig } from '../../infrastructure/config';

export interface Throttled {
  readonly retryAfterSeconds: number;
  readonly reason: string;
}

const MINUTE = 60;

const limiter = (points: number) =>
  points > 0 ? new RateLimiterMemory({ points, duration: MINUTE }) : undefined;

const retryAfter = (result: RateLimiterRes) => Math.max(1, Math.ceil(result.msBeforeNext / 1000));

export const addressOf = (request: IncomingMessage): string => request.socket.remoteAddress ?? 'unknown';

/** A credential's key for its limit: a hash of what was sent, never the token itself. */
export const credentialKey = (authorization: string | undefined) =>
  authorization?.trim()
    ? createHash('sha256').update(authorization.trim()).digest('hex').slice(0, 32)
    : undefined;

const credentialOf = (request: IncomingMessage) => credentialKey(request.headers.authorization);

export class RateLimits {
  private readonly perKey: RateLimiterMemory | undefined;
  private readonly perAddress: RateLimiterMemory | undefined;
  private readonly signInFailures: RateLimiterMemory | undefined;

  constructor(private readonly limits: HttpConfig['rateLimits']) {
    this.perKey = limiter(limits.perKey);
    this.perAddress = limiter(limits.perAddress);
    this.signInFailures = limiter(limits.signInFailures);
  }

  /** Counts a request (or a WebSocket connection); says how long to wait when over a limit. */
  async admit(
    request: IncomingMessage,
    authorization = credentialOf(request),
  ): Promise<Throttled | undefined> {
    const address = addressOf(request);
    const failures = await this.signInFailures?.get(address);
    if (failures && failures.consumedPoints >= this.limits.signInFailures)
      return {
        retryAfterSeconds: retryAfter(failures),
        reason: 'too many refused sign-ins from your address',
      };
    try {
      await this.perAddress?.consume(address);
    } catch (result) {
      return this.throttled(result, 'too many requests from your address');
    }
    if (!authorization) return undefined;
    try {
      await this.perKey?.consume(authorization);
    } catch (result) {
      return this.throttled(result, 'too many requests with this token');
    }
    return undefined;
  }

  /** A refused token counts against its address. */
  async signInRefused(request: IncomingMessage): Promise<void> {
    await this.signInFailures?.consume(addressOf(request)).catch(() => undefined);
  }

  private throttled(result: unknown, reason: string): Throttled {
    if (result instanceof RateLimiterRes) return { retryAfterSeconds: retryAfter(result), reason };
    throw result;
  }
}
