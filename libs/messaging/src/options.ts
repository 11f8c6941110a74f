import type { EventCatalog } from '#libs/contracts';

export type TransportKind = 'jetstream' | 'in-process';

/** How a service talks to the event backbone. */
export interface MessagingOptions {
  service: string;
  transport: TransportKind;
  natsUrl?: string;
  /** Prepended to every subject and stream name, so that tests and tenants never meet. */
  prefix: string;
  catalog: EventCatalog;
  /** Deliveries before a failing message goes to the dead letter. */
  maxDeliveries: number;
  retryBaseMs: number;
  retryMaxMs: number;
  ackWaitMs: number;
  /** Messages one replica handles at once, per subscription. */
  concurrency: number;
  duplicateWindowMs: number;
  /** JetStream stream replicas: 1 on a single NATS server, 3 on a cluster. */
  streamReplicas: number;
  queryTimeoutMs: number;
  relay: RelayOptions;
}

export interface RelayOptions {
  batchSize: number;
  pollMs: number;
  /** How long claimed rows stay the relay's; renewed while they are in flight, so a crashed relay's rows return within it. */
  leaseMs: number;
  maxInFlight: number;
  retryBaseMs: number;
  retryMaxMs: number;
  retentionMs: number;
  inboxRetentionMs: number;
  pruneEveryMs: number;
}

export const DEFAULT_RELAY_OPTIONS: RelayOptions = {
  batchSize: 500,
  pollMs: 1000,
  leaseMs: 10_000,
  maxInFlight: 4000,
  retryBaseMs: 500,
  retryMaxMs: 30_000,
  retentionMs: 24 * 3600_000,
  inboxRetentionMs: 7 * 24 * 3600_000,
  pruneEveryMs: 10 * 60_000,
};

/** Exponential backoff: base, 2·base, 4·base, … capped at max. */
export function backoff(attempt: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}
