/** What the API benches share: a TypeScript child process, a bench server's port, a keep-alive POST. */
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { join } from 'node:path';

/** BENCH_PROFILE_DIR=<folder> writes a CPU profile of each child process there (`node --cpu-prof`). */
const profiling = process.env.BENCH_PROFILE_DIR
  ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE_DIR]
  : [];

export const node = (args: string[], stdio: 'pipe' | 'ignore' = 'ignore') =>
  spawn(process.execPath, [...profiling, '-r', 'ts-node/register/transpile-only', ...args], {
    stdio: ['ignore', stdio, 'pipe'],
  });

/** `apiServer.ts` in a process of its own; resolves with its port. */
export const startServer = async (args: string[]): Promise<{ child: ChildProcess; port: number }> => {
  const child = node([join(__dirname, 'apiServer.ts'), ...args]);
  // A bench that stops on an error must not leave its server running (and holding the read models).
  process.on('exit', () => child.kill('SIGTERM'));
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /PORT (\d+)/.exec(output);
      if (found) resolve(Number(found[1]));
    });
    child.on('close', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  return { child, port };
};

const agent = new Agent({ keepAlive: true, maxSockets: Number(process.env.BENCH_CONCURRENCY ?? 8) });

export const stopHttp = (): void => agent.destroy();

export const post = (port: number, body: string, token?: string) =>
  new Promise<string>((resolve, reject) => {
    const call = request(
      {
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => (response.statusCode === 200 ? resolve(text) : reject(new Error(text))));
      },
    );
    call.on('error', reject);
    call.end(body);
  });
