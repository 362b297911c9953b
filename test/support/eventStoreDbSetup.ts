/**
 * Jest global set-up: gives the EventStoreDB conformance suites a server, or a reason to skip.
 * EVENTSTORE_TEST_CONNECTION_STRING wins when set; otherwise EventStoreDB 24.10 is started with
 * testcontainers if a container engine answers; otherwise one line says why the suites skip.
 *
 * The container keeps its data on its own disk (not in memory) and is published on a fixed host
 * port, so the suite can restart it (EVENTSTORE_TEST_CONTAINER_ID) and find it where it was.
 */
import { createServer } from 'node:net';
import type { StartedTestContainer } from 'testcontainers';

export const ESDB_IMAGE = 'eventstore/eventstore:24.10';

declare global {
  var eventStoreDbContainer: StartedTestContainer | undefined;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

export default async function eventStoreDbSetup(): Promise<void> {
  if (process.env.EVENTSTORE_TEST_CONNECTION_STRING) return;
  const { GenericContainer, Wait, getContainerRuntimeClient } = await import('testcontainers');
  try {
    await getContainerRuntimeClient();
  } catch (error) {
    const why = String((error as Error).message ?? error).split('\n')[0];
    process.env.EVENTSTORE_TEST_SKIP_REASON = `no container engine answered (${why}) and EVENTSTORE_TEST_CONNECTION_STRING is not set`;
    process.stdout.write(
      `\nEventStoreDB conformance suite skipped: ${process.env.EVENTSTORE_TEST_SKIP_REASON}.\n`,
    );
    return;
  }
  const port = await freePort();
  const container = await new GenericContainer(ESDB_IMAGE)
    .withEnvironment({
      EVENTSTORE_CLUSTER_SIZE: '1',
      EVENTSTORE_INSECURE: 'true',
      EVENTSTORE_RUN_PROJECTIONS: 'None',
      EVENTSTORE_START_STANDARD_PROJECTIONS: 'false',
    })
    .withExposedPorts({ container: 2113, host: port })
    .withWaitStrategy(Wait.forHttp('/health/live', 2113).forStatusCode(204))
    .withStartupTimeout(120_000)
    .start();
  globalThis.eventStoreDbContainer = container;
  process.env.EVENTSTORE_TEST_CONTAINER_ID = container.getId();
  process.env.EVENTSTORE_TEST_CONNECTION_STRING = `esdb://${container.getHost()}:${port}?tls=false`;
}

/** Restarts the container the set-up started (from a test worker, which only knows its id). */
export const restartEventStoreDb = async (): Promise<void> => {
  const id = process.env.EVENTSTORE_TEST_CONTAINER_ID;
  if (!id) throw new Error('No EventStoreDB container was started by the test set-up');
  const { getContainerRuntimeClient } = await import('testcontainers');
  const client = await getContainerRuntimeClient();
  await client.container.restart(client.container.getById(id), { timeout: 10 });
};
