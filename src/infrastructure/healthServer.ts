import { createServer, type Server } from 'node:http';
import type { EventStore } from './eventStore/eventStore';

/**
 * GET /health answers while the process is alive; GET /ready only when the event store answers.
 * The GraphQL API (issue 5) will be mounted beside these.
 */
export const startHealthServer = (store: EventStore, port: number): Promise<Server> => {
  const server = createServer((request, response) => {
    const reply = (status: number, body: Record<string, unknown>) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'GET') return reply(405, { error: 'Only GET is served here' });
    if (request.url === '/health') return reply(200, { status: 'alive' });
    if (request.url === '/ready') {
      store.lastPosition().then(
        (position) => reply(200, { status: 'ready', lastPosition: position?.toString() ?? null }),
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
