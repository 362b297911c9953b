/**
 * A request body, up to a limit. A body over the limit is read to its end and dropped (up to a
 * few times the limit), so the client, still sending, gets its 413 rather than a reset connection;
 * past that the connection is cut.
 */
import type { IncomingMessage } from 'node:http';

export type Body =
  | { readonly kind: 'read'; readonly text: string }
  | { readonly kind: 'tooLarge' }
  | { readonly kind: 'broken' };

const DRAIN_FACTOR = 8;

export const readBody = (request: IncomingMessage, limit: number): Promise<Body> =>
  new Promise((resolve) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limit * DRAIN_FACTOR) {
      resolve({ kind: 'tooLarge' });
      request.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > limit * DRAIN_FACTOR) {
        resolve({ kind: 'tooLarge' });
        request.destroy();
      }
    });
    request.on('end', () =>
      resolve(
        size > limit ? { kind: 'tooLarge' } : { kind: 'read', text: Buffer.concat(chunks).toString('utf8') },
      ),
    );
    request.on('error', () => resolve({ kind: 'broken' }));
  });
