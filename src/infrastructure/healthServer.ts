import { createServer, type Server } from 'node:http';
import type { ProjectionRunner } from '../projections/projectionRunner';
import type { EventStore } from './eventStore/eventStore';

/** What /ready needs to know besides the store: whether the read models have caught up. */
export type ReadModelsStatus = Pick<ProjectionRunner, 'status'>;

/**
 * GET /health answers while the process is alive; GET /ready only when the event store answers
 * and the read models have caught up with the log. The GraphQL API (issue 5) will be mounted beside these.
 */
export const startHealthServer = (
  store: EventStore,
  port: number,
  readModels: ReadModelsStatus,
): Promise<Server> => {
  const server = createServer((request, response) => {
    const reply = (status: number, body: Record<string, unknown>) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'GET') return reply(405, { error: 'Only GET is served here' });
    if (request.url === '/health') return reply(200, { status: 'alive' });
    if (request.url === '/ready') {
      Promise.all([store.lastPosition(), readModels.status()]).then(
        ([position, projections]) =>
          reply(projections.caughtUp ? 200 : 503, {
            status: projections.caughtUp ? 'ready' : 'catching up',
            lastPosition: position?.toString() ?? null,
            readModels: {
              position: projections.position?.toString() ?? null,
              eventsBehind: projections.eventsBehind,
              failure: projections.failure,
            },
          }),
        (error: Error) => reply(503, { status: 'unavailable', reason: error.message }),
      );
      return;
    }
    reply(404, { error: `Nothing is served at ${request.url}` });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve(server));
  });
};
