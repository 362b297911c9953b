/** A refusal answered by the HTTP layer itself, in the same shape as a GraphQL error. */
import type { ServerResponse } from 'node:http';

export const replyRefusal = (
  response: ServerResponse,
  refusal: {
    readonly status: number;
    readonly code: string;
    readonly message: string;
    readonly correlationId: string;
    readonly headers?: Readonly<Record<string, string>>;
    readonly extensions?: Readonly<Record<string, unknown>>;
  },
): void => {
  if (response.headersSent) {
    response.end();
    return;
  }
  response.writeHead(refusal.status, { 'content-type': 'application/json', ...refusal.headers });
  response.end(
    JSON.stringify({
      errors: [
        {
          message: refusal.message,
          extensions: { code: refusal.code, ...refusal.extensions, correlationId: refusal.correlationId },
        },
      ],
    }),
  );
};
