import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ProjectionRunner } from '../projections/projectionRunner';
import type { EventStore } from '../application/ports/eventStore';
import type { StorageHealth } from './storageFaults';

/** What /ready needs to know besides the store: whether the read models have caught up. */
export type ReadModelsStatus = Pick<ProjectionRunner, 'status'>;

export const replyJson = (response: ServerResponse, status: number, body: unknown): void => {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
};

/**
 * GET /health answers while the process is alive; GET /ready only when the event store answers,
 * the read models have caught up with the log and are not failing, and no recent write met a
 * storage fault (the compose health check uses it). Returns false for any other path, for the
 * caller to serve.
 */
export const serveHealth =
  (store: EventStore, readModels: ReadModelsStatus, storage?: Pick<StorageHealth, 'current'>) =>
  (request: IncomingMessage, response: ServerResponse): boolean => {
    const path = request.url?.split('?')[0];
    if (path !== '/health' && path !== '/ready') return false;
    if (request.method !== 'GET') {
      replyJson(response, 405, { error: 'Only GET is served here' });
      return true;
    }
    if (path === '/health') {
      replyJson(response, 200, { status: 'alive' });
      return true;
    }
    Promise.all([store.lastPosition(), readModels.status()]).then(
      ([position, projections]) => {
        const fault = storage?.current();
        const ready = projections.caughtUp && projections.failure === null && !fault;
        replyJson(response, ready ? 200 : 503, {
          status: ready ? 'ready' : fault ? 'storage unavailable' : 'catching up',
          lastPosition: position?.toString() ?? null,
          readModels: {
            position: projections.position?.toString() ?? null,
            eventsBehind: projections.eventsBehind,
            failure: projections.failure,
          },
          ...(fault ? { storage: { fault: fault.reason, since: fault.at } } : {}),
        });
      },
      (error: Error) => replyJson(response, 503, { status: 'unavailable', reason: error.message }),
    );
    return true;
  };
