/**
 * What the API benches share: a TypeScript child process, a bench server's port, the ledger built
 * and served as an operator runs it, a keep-alive POST.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
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

const ROOT = join(__dirname, '..', '..');

/** Compiles src into dist (the TypeScript alone: the dashboard's bundle is not needed for the API). */
export const buildLedger = (): void => {
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/**
 * The ledger as an operator runs it, `node dist/main.js` (see buildLedger), on a folder's files with
 * the environment given; resolves once /ready answers 200. Under ts-node a server holds about 140 MB
 * more (the compiler), which a bench of memory must not count.
 */
export const startBuiltLedger = async (
  folder: string,
  env: Readonly<Record<string, string>>,
): Promise<{ child: ChildProcess; port: number }> => {
  const port = await freePort();
  const child = spawn(process.execPath, [...profiling, join(ROOT, 'dist', 'main.js')], {
    cwd: folder,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      SQLITE_PATH: join(folder, 'ledger.db'),
      LEDGER_DEMO: 'off',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  process.on('exit', () => child.kill('SIGTERM'));
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exitCode: number | null | undefined;
  child.on('close', (code) => (exitCode = code));
  for (;;) {
    if (exitCode !== undefined) throw new Error(`ledger exited with ${exitCode}: ${output}`);
    const answer = await fetch(`http://127.0.0.1:${port}/ready`).catch(() => undefined);
    if (answer?.status === 200) return { child, port };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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
