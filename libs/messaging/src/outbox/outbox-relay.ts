import type { ClientProxy } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import type { Logger } from 'pino';
import { OUTBOX_CHANNEL, PostgresListener, type ClaimedOutboxEvent, type InboxEventRepository, type OutboxEventRepository } from '#libs/persistence';
import type { ServiceMetrics } from '#libs/observability';
import type { DeadLetterRecord } from '#libs/contracts';
import { EncodedEvent } from '../encoded-event.js';
import { backoff, type RelayOptions } from '../options.js';

/**
 * Publishes committed outbox rows. It wakes on the commit's NOTIFY (polling when LISTEN is lost),
 * takes rows under a lease so that replicas share the table, publishes each aggregate's rows in
 * order, marks them published only after the broker's ack, and backs off while the broker is away.
 */
export class OutboxRelay {
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private woken = false;
  private readonly listener: PostgresListener;
  private inFlight = 0;
  private readonly publishing = new Set<Promise<void>>();
  private pruneTimer?: NodeJS.Timeout;
  private renewTimer?: NodeJS.Timeout;
  /** Rows claimed and not yet published or given back: their lease is renewed while they are here. */
  private readonly held = new Set<string>();
  private readonly published: string[] = [];
  private marking?: Promise<void>;

  constructor(
    private readonly service: string,
    private readonly outbox: OutboxEventRepository,
    private readonly inbox: InboxEventRepository,
    private readonly client: ClientProxy,
    databaseUrl: string,
    private readonly options: RelayOptions,
    private readonly metrics: ServiceMetrics,
    private readonly log: Logger,
  ) {
    metrics.watchOutboxBacklog(() => outbox.pending());
    // Its own timer for reconnecting: the relay loop's sleep is the one a NOTIFY must wake.
    this.listener = new PostgresListener({
      connectionString: databaseUrl,
      channel: OUTBOX_CHANNEL,
      applicationName: 'civic-outbox-listen',
      onNotify: () => this.poke(),
      onLost: (err) => this.log.warn({ err: String(err) }, 'outbox LISTEN lost; polling until it is back'),
      retryMs: options.pollMs,
    });
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.listener.start();
    this.loop = this.run();
    this.pruneTimer = setInterval(() => void this.prune(), this.options.pruneEveryMs);
    this.pruneTimer.unref();
    this.renewTimer = setInterval(() => void this.renewLeases(), Math.max(100, this.options.leaseMs / 3));
    this.renewTimer.unref();
  }

  /** Stops taking rows and waits for the ones in hand to be published (or given back). */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    clearInterval(this.pruneTimer);
    this.poke();
    await this.loop;
    await Promise.all(this.publishing);
    await this.marking;
    await this.flushMarks();
    clearInterval(this.renewTimer);
    await this.listener.stop();
  }

  private async renewLeases(): Promise<void> {
    if (this.held.size === 0) return;
    try {
      await this.outbox.renewLease([...this.held], this.options.leaseMs);
    } catch (err) {
      // The lease runs out and another relay (or this one) publishes the rows again; duplicates are absorbed.
      this.log.warn({ err: String(err), rows: this.held.size }, 'could not renew the outbox lease');
    }
  }

  private poke(): void {
    this.woken = true;
    this.wake?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        const room = this.options.maxInFlight - this.inFlight;
        const limit = Math.min(this.options.batchSize, room);
        const rows = room > 0 ? await this.outbox.claim(limit, this.options.leaseMs) : [];
        if (rows.length > 0) this.dispatch(rows);
        // A short claim took everything there was: wait for the next commit's NOTIFY (or the poll).
        if (rows.length < limit || room <= 0) await this.sleep(room > 0 ? this.options.pollMs : 5);
      } catch (err) {
        this.log.error({ err: String(err) }, 'outbox claim failed');
        await this.sleep(this.options.pollMs);
      }
    }
  }

  private dispatch(rows: ClaimedOutboxEvent[]): void {
    const byAggregate = new Map<string, ClaimedOutboxEvent[]>();
    for (const row of rows) {
      const list = byAggregate.get(row.aggregateId) ?? [];
      list.push(row);
      byAggregate.set(row.aggregateId, list);
    }
    for (const chain of byAggregate.values()) {
      this.inFlight += chain.length;
      for (const row of chain) this.held.add(row.id);
      const task = this.publishChain(chain).finally(() => {
        for (const row of chain) this.held.delete(row.id);
        this.inFlight -= chain.length;
        this.publishing.delete(task);
        this.poke();
      });
      this.publishing.add(task);
    }
  }

  /** One aggregate's rows, in commit order; a failure gives back the failed row and every row after it. */
  private async publishChain(chain: ClaimedOutboxEvent[]): Promise<void> {
    for (let i = 0; i < chain.length; i++) {
      const row = chain[i];
      try {
        const event = new EncodedEvent(row.id, row.aggregateId, row.type, row.correlationId, row.body);
        await lastValueFrom(this.client.emit(row.subject, event), { defaultValue: undefined });
        this.metrics.published(row.subject);
        this.metrics.outboxLag(row.subject, (Date.now() - Date.parse(row.time)) / 1000);
        this.markPublished(row.id);
      } catch (err) {
        if (isUndeliverable(err) && (await this.setAside(row, err))) continue;
        const rest = chain.slice(i);
        const delay = backoff(row.attempts, this.options.retryBaseMs, this.options.retryMaxMs);
        this.log.warn({ err: String(err), pending: rest.length, retryInMs: delay }, 'publish failed; will retry');
        await this.outbox
          .release(
            rest.map((r) => r.id),
            String((err as Error)?.message ?? err),
            delay,
          )
          .catch((e) => this.log.error({ err: String(e) }, 'could not give rows back; their lease will expire'));
        return;
      }
    }
  }

  /** An event the broker can never take goes to the dead letter (without its body) instead of blocking its aggregate. */
  private async setAside(row: ClaimedOutboxEvent, err: unknown): Promise<boolean> {
    const error = `${String((err as Error)?.message ?? err)} (${Buffer.byteLength(row.body)} bytes)`;
    this.log.error({ eventId: row.id, eventType: row.type, subject: row.subject, err: error }, 'event can never be published; dead-lettered and kept in the outbox');
    this.metrics.deadLettered(row.subject, 'outbox-relay', 'undeliverable');
    const record: DeadLetterRecord = {
      reason: 'undeliverable',
      error,
      consumer: 'outbox-relay',
      service: this.service,
      deliveryCount: row.attempts,
      subject: row.subject,
      eventId: row.id,
      eventType: row.type,
      deadLetteredAt: new Date().toISOString(),
      message: '',
    };
    const letter = new EncodedEvent(`${row.id}:undeliverable`, row.aggregateId, row.type, row.correlationId, JSON.stringify(record));
    await lastValueFrom(this.client.emit(`civic.deadletter.${this.service}.${row.subject}`, letter), { defaultValue: undefined }).catch((e) =>
      this.log.error({ err: String(e), eventId: row.id }, 'could not store the dead letter of an undeliverable event'),
    );
    try {
      await this.outbox.markUndeliverable(row.id, error);
      return true;
    } catch (e) {
      this.log.error({ err: String(e), eventId: row.id }, 'could not set an undeliverable event aside; will try again');
      return false;
    }
  }

  /** Coalesces acks into one UPDATE per burst. */
  private markPublished(id: string): void {
    this.published.push(id);
    this.marking ??= this.drainMarks();
  }

  private async drainMarks(): Promise<void> {
    await new Promise((r) => setImmediate(r));
    try {
      await this.flushMarks();
    } finally {
      this.marking = this.published.length > 0 ? this.drainMarks() : undefined;
    }
  }

  private async flushMarks(): Promise<void> {
    while (this.published.length > 0) {
      const ids = this.published.splice(0, 5000);
      try {
        await this.outbox.markPublished(ids);
      } catch (err) {
        // The lease expires and the rows are published again; the stream's duplicate window drops them.
        this.log.error({ err: String(err), rows: ids.length }, 'could not mark rows published');
      }
    }
  }

  private async prune(): Promise<void> {
    try {
      const outboxRows = await this.outbox.prunePublished(this.options.retentionMs);
      const inboxRows = await this.inbox.prune(this.options.inboxRetentionMs);
      if (outboxRows + inboxRows > 0) this.log.info({ outboxRows, inboxRows }, 'pruned');
    } catch (err) {
      this.log.warn({ err: String(err) }, 'prune failed');
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = undefined;
        this.woken = false;
        done();
      };
    });
  }
}

/** The broker refused the message for what it is (over its size limit), not for being away. */
function isUndeliverable(err: unknown): boolean {
  return /max_payload|maximum payload/i.test(String((err as Error)?.message ?? err));
}
