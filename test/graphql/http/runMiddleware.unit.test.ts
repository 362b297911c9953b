import type { IncomingMessage, ServerResponse } from 'node:http';
import { runMiddleware, type Middleware } from '../../../src/graphql/http/pageHeaders';

const request = {} as IncomingMessage;
const response = {} as ServerResponse;

describe('running a middleware before the API answers', () => {
  it('is done at once, with no promise, when the middleware calls next before it returns', () => {
    const calls: string[] = [];
    const middleware: Middleware = (_request, _response, next) => {
      calls.push('ran');
      next();
    };
    expect(runMiddleware(middleware, request, response)).toBeUndefined();
    expect(calls).toEqual(['ran']);
  });

  it('gives the error a middleware passes to next, whenever it calls it', async () => {
    const now: Middleware = (_request, _response, next) => next(new Error('refused at once'));
    const later: Middleware = (_request, _response, next) =>
      void setTimeout(() => next(new Error('refused later')), 5);
    await expect(runMiddleware(now, request, response)).rejects.toThrow('refused at once');
    await expect(runMiddleware(later, request, response)).rejects.toThrow('refused later');
  });

  it('waits for a middleware that calls next after it has returned', async () => {
    const calls: string[] = [];
    const later: Middleware = (_request, _response, next) =>
      void setTimeout(() => {
        calls.push('next');
        next();
      }, 5);
    const running = runMiddleware(later, request, response);
    expect(running).toBeInstanceOf(Promise);
    expect(calls).toEqual([]);
    await running;
    expect(calls).toEqual(['next']);
  });
});
