/**
 * Jest global set-up: gives the EventStoreDB conformance suite a server, or a reason to skip.
 * EVENTSTORE_TEST_CONNECTION_STRING wins when set; otherwise EventStoreDB 24.10 is started with
 * testcontainers if a container engine answers; otherwise one line says why the suite skips.
 */
import type { StartedTestContainer } from 'testcontainers';

export const ESDB_IMAGE = 'eventstore/eventstore:24.10';

declare global {
  var eventStoreDbContainer: StartedTestContainer | undefined;
}

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
  const container = await new GenericContainer(ESDB_IMAGE)
    .withEnvironment({
      EVENTSTORE_CLUSTER_SIZE: '1',
      EVENTSTORE_INSECURE: 'true',
      EVENTSTORE_MEM_DB: 'true',
      EVENTSTORE_RUN_PROJECTIONS: 'None',
      EVENTSTORE_START_STANDARD_PROJECTIONS: 'false',
    })
    .withExposedPorts(2113)
    .withWaitStrategy(Wait.forHttp('/health/live', 2113).forStatusCode(204))
    .withStartupTimeout(120_000)
    .start();
  globalThis.eventStoreDbContainer = container;
  process.env.EVENTSTORE_TEST_CONNECTION_STRING = `esdb://${container.getHost()}:${container.getMappedPort(2113)}?tls=false`;
}
