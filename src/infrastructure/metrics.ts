/**
 * Prometheus metrics (prom-client), served at GET /metrics: requests and their latency by
 * operation (the operation's first root field, so the set of labels stays bounded whatever callers
 * name their operations), refusals by code, how far the read models lag the log (events and
 * seconds), the size of the store's files, open subscriptions, and Node's own process metrics
 * (memory, event-loop delay). No label ever carries an id, a token or a name.
 */
import { statSync } from 'node:fs';
import client from 'prom-client';
import { LEDGER_CATEGORIES } from '../domain/ledger';
import type { ProjectionRunner } from '../projections/projectionRunner';
import type { EventStore } from '../application/ports/eventStore';

export interface MetricsSources {
  readonly store: Pick<EventStore, 'readLog'>;
  readonly runner: Pick<ProjectionRunner, 'status'>;
  /** The store's files on this machine (the SQLite ledger and its WAL); none with EventStoreDB. */
  readonly storeFiles: readonly string[];
  readonly readModelsFiles: readonly string[];
  readonly openSubscriptions: () => number;
}

const sizeOf = (files: readonly string[]) =>
  files.reduce((total, file) => total + (statSync(file, { throwIfNoEntry: false })?.size ?? 0), 0);

const lagGauges = (registry: client.Registry, sources: MetricsSources) => {
  let behind = { events: 0, seconds: 0 };
  const measure = async () => {
    const status = await sources.runner.status();
    const [oldest] = status.caughtUp
      ? []
      : await sources.store.readLog({
          after: status.position,
          maxCount: 1,
          filter: { categories: LEDGER_CATEGORIES },
        });
    const recordedAt = Date.parse(String(oldest?.metadata.recordedAt ?? ''));
    behind = {
      events: status.eventsBehind,
      seconds: Number.isNaN(recordedAt) ? 0 : Math.max(0, (Date.now() - recordedAt) / 1000),
    };
  };
  new client.Gauge({
    name: 'ledger_projection_lag_events',
    help: 'Events in the log the read models have not applied yet (counted up to 1000).',
    registers: [registry],
    async collect() {
      await measure();
      this.set(behind.events);
    },
  });
  new client.Gauge({
    name: 'ledger_projection_lag_seconds',
    help: 'How long ago the oldest event the read models have not applied yet was recorded.',
    registers: [registry],
    collect() {
      this.set(behind.seconds);
    },
  });
};

export class LedgerMetrics {
  readonly registry = new client.Registry();
  private readonly duration = new client.Histogram({
    name: 'ledger_request_duration_seconds',
    help: 'GraphQL requests over HTTP by operation (first root field) and HTTP status, and how long they took.',
    labelNames: ['operation', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly refusals = new client.Counter({
    name: 'ledger_refusals_total',
    help: 'Errors answered, by extensions.code (RATE_LIMITED, QUERY_TOO_COMPLEX, UNAUTHENTICATED, …).',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  constructor(sources: MetricsSources) {
    client.collectDefaultMetrics({ register: this.registry });
    lagGauges(this.registry, sources);
    new client.Gauge({
      name: 'ledger_store_size_bytes',
      help: "The size of the event store's files on this machine (0 with EventStoreDB).",
      registers: [this.registry],
      collect() {
        this.set(sizeOf(sources.storeFiles));
      },
    });
    new client.Gauge({
      name: 'ledger_read_models_size_bytes',
      help: "The size of the read models' files.",
      registers: [this.registry],
      collect() {
        this.set(sizeOf(sources.readModelsFiles));
      },
    });
    new client.Gauge({
      name: 'ledger_subscriptions_open',
      help: 'Live subscriptions open over WebSocket.',
      registers: [this.registry],
      collect() {
        this.set(sources.openSubscriptions());
      },
    });
  }

  request(operation: string, status: number, seconds: number, codes: readonly string[]): void {
    this.duration.observe({ operation, status: String(status) }, seconds);
    for (const code of codes) this.refusals.inc({ code });
  }

  refused(code: string): void {
    this.refusals.inc({ code });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
