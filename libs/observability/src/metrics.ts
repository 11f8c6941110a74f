import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * One registry per service, so that several services can share a process (single-process mode)
 * and the gateway can merge them into one `/metrics`.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly published: Counter<'subject'>;
  readonly consumed: Counter<'subject' | 'consumer' | 'outcome'>;
  readonly retried: Counter<'subject' | 'consumer'>;
  readonly deadLettered: Counter<'subject' | 'consumer' | 'reason'>;
  readonly outboxBacklog: Gauge;
  readonly handlerSeconds: Histogram<'subject' | 'consumer'>;
  private backlogProbe?: () => Promise<number>;

  constructor(readonly service: string, options: { defaultMetrics?: boolean } = {}) {
    this.registry.setDefaultLabels({ service });
    if (options.defaultMetrics) collectDefaultMetrics({ register: this.registry });
    this.published = new Counter({
      name: 'civic_events_published_total',
      help: 'Events published from the outbox to the broker',
      labelNames: ['subject'],
      registers: [this.registry],
    });
    this.consumed = new Counter({
      name: 'civic_events_consumed_total',
      help: 'Deliveries handled by a consumer, by outcome (handled, duplicate, retried, deadlettered)',
      labelNames: ['subject', 'consumer', 'outcome'],
      registers: [this.registry],
    });
    this.retried = new Counter({
      name: 'civic_events_retried_total',
      help: 'Deliveries that failed and were scheduled for another attempt',
      labelNames: ['subject', 'consumer'],
      registers: [this.registry],
    });
    this.deadLettered = new Counter({
      name: 'civic_events_deadlettered_total',
      help: 'Messages moved to the dead-letter stream',
      labelNames: ['subject', 'consumer', 'reason'],
      registers: [this.registry],
    });
    const metrics = this;
    this.outboxBacklog = new Gauge({
      name: 'civic_outbox_backlog',
      help: 'Outbox events committed but not yet published',
      registers: [this.registry],
      async collect() {
        if (metrics.backlogProbe) this.set(await metrics.backlogProbe());
      },
    });
    this.handlerSeconds = new Histogram({
      name: 'civic_event_handler_duration_seconds',
      help: 'Time from delivery to committed handler transaction',
      labelNames: ['subject', 'consumer'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [this.registry],
    });
  }

  watchOutboxBacklog(probe: () => Promise<number>): void {
    this.backlogProbe = probe;
  }
}
