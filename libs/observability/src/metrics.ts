import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * One registry per process with a `service` label on every series, so that several services can
 * share a process (single-process mode) and still expose one valid `/metrics`.
 */
export const platformRegistry = new Registry();
collectDefaultMetrics({ register: platformRegistry });
/**
 * prom-client also names three gauges `..._total`, a suffix Prometheus and OpenMetrics keep for
 * counters. Each only sums a gauge kept beside it by type (`sum(nodejs_active_handles)` is the
 * same number), so they go.
 */
const DROPPED_DEFAULT_GAUGES = ['nodejs_active_resources_total', 'nodejs_active_handles_total', 'nodejs_active_requests_total'];
for (const name of DROPPED_DEFAULT_GAUGES) platformRegistry.removeSingleMetric(name);

const backlogProbes = new Map<string, () => Promise<number>>();

const published = new Counter({
  name: 'civic_events_published_total',
  help: 'Events published from the outbox to the broker',
  labelNames: ['service', 'subject'],
  registers: [platformRegistry],
});
const consumed = new Counter({
  name: 'civic_events_consumed_total',
  help: 'Deliveries handled by a consumer, by outcome (handled, duplicate, retry, deadletter)',
  labelNames: ['service', 'subject', 'consumer', 'outcome'],
  registers: [platformRegistry],
});
const retried = new Counter({
  name: 'civic_events_retried_total',
  help: 'Deliveries that failed and were scheduled for another attempt',
  labelNames: ['service', 'subject', 'consumer'],
  registers: [platformRegistry],
});
const deadLettered = new Counter({
  name: 'civic_events_deadlettered_total',
  help: 'Messages moved to the dead-letter stream',
  labelNames: ['service', 'subject', 'consumer', 'reason'],
  registers: [platformRegistry],
});
new Gauge({
  name: 'civic_outbox_backlog',
  help: 'Outbox events committed but not yet published',
  labelNames: ['service'],
  registers: [platformRegistry],
  async collect() {
    this.reset();
    for (const [service, probe] of backlogProbes) {
      try {
        this.set({ service }, await probe());
      } catch {
        // A database that cannot answer shows up in /health; the gauge just skips it.
      }
    }
  },
});
const heldForOutage = new Counter({
  name: 'civic_events_held_for_outage_total',
  help: 'Events held and tried again because the database or a service was unavailable (no delivery spent)',
  labelNames: ['service', 'consumer'],
  registers: [platformRegistry],
});
const handlerSeconds = new Histogram({
  name: 'civic_event_handler_duration_seconds',
  help: 'Time from delivery to committed handler transaction',
  labelNames: ['service', 'subject', 'consumer'],
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [platformRegistry],
});

const LAG_BUCKETS = [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 15, 60];
const outboxLag = new Histogram({
  name: 'civic_outbox_publish_lag_seconds',
  help: 'Time from an event being written to the outbox to the broker acknowledging it',
  labelNames: ['service', 'subject'],
  buckets: LAG_BUCKETS,
  registers: [platformRegistry],
});
const eventAge = new Histogram({
  name: 'civic_event_age_at_handling_seconds',
  help: 'Time from an event being written to the outbox to a consumer committing its handler',
  labelNames: ['service', 'subject', 'consumer'],
  buckets: LAG_BUCKETS,
  registers: [platformRegistry],
});

/** One service's view of the platform metrics. */
export class ServiceMetrics {
  readonly registry = platformRegistry;

  constructor(readonly service: string) {}

  published(subject: string): void {
    published.inc({ service: this.service, subject });
  }

  consumed(subject: string, consumer: string, outcome: string): void {
    consumed.inc({ service: this.service, subject, consumer, outcome });
  }

  retried(subject: string, consumer: string): void {
    retried.inc({ service: this.service, subject, consumer });
  }

  deadLettered(subject: string, consumer: string, reason: string): void {
    deadLettered.inc({ service: this.service, subject, consumer, reason });
  }

  heldForOutage(consumer: string, events: number): void {
    heldForOutage.inc({ service: this.service, consumer }, events);
  }

  handlerSeconds(subject: string, consumer: string, seconds: number): void {
    handlerSeconds.observe({ service: this.service, subject, consumer }, seconds);
  }

  outboxLag(subject: string, seconds: number): void {
    outboxLag.observe({ service: this.service, subject }, seconds);
  }

  eventAge(subject: string, consumer: string, seconds: number): void {
    eventAge.observe({ service: this.service, subject, consumer }, seconds);
  }

  watchOutboxBacklog(probe: () => Promise<number>): void {
    backlogProbes.set(this.service, probe);
  }

  forget(): void {
    backlogProbes.delete(this.service);
  }
}
