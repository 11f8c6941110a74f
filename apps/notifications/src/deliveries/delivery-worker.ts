import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import { Counter } from 'prom-client';
import { DataSource } from 'typeorm';
import { Events } from '#libs/contracts';
import { Outbox, SERVICE_LOGGER, type OutgoingEvent } from '#libs/messaging';
import { platformRegistry } from '#libs/observability';
import { PostgresListener } from '#libs/persistence';
import { alertMessage, type AlertMessage } from '../channels/alert-message.js';
import { EmailSender } from '../channels/email.sender.js';
import { WebhookSender } from '../channels/webhook.sender.js';
import { Clock, NOTIFICATION_SETTINGS, type NotificationSettings } from '../notification-settings.js';
import { SubscriberRepository } from '../subscriptions/subscriber.repository.js';
import type { Subscription } from '../subscriptions/subscription.entity.js';
import { SubscriptionRepository } from '../subscriptions/subscription.repository.js';
import type { Alert } from './alert.entity.js';
import { AlertRepository } from './alert.repository.js';
import { nextDigestAt, retryDelayMs } from './delivery-schedule.js';
import type { Delivery } from './delivery.entity.js';
import { DeliveryRepository } from './delivery.repository.js';
import { quietHoursOf } from './delivery-planner.js';

const CHANNEL = 'civic_delivery';
/** How often a batch's finished deliveries are recorded while others are still being sent. */
const RECORD_EVERY_MS = 50;
const PRUNE_EVERY_MS = 3_600_000;

const resent = new Counter({
  name: 'civic_notifications_resent_total',
  help: 'Deliveries sent again after an attempt whose outcome was never recorded (a worker stopped mid-send); receivers drop them by webhook-id or Message-ID',
  labelNames: ['channel'],
  registers: [platformRegistry],
});

type Attempt = { ok: true } | { ok: false; error: string; permanent: boolean } | { cancelled: string };

interface Finish {
  claim: Delivery;
  status: 'delivered' | 'pending' | 'failed' | 'cancelled';
  nextAttemptAt?: Date | null;
  error?: string | null;
}

/**
 * Sends planned deliveries. Work lives in the `delivery` table, not in memory: each replica claims
 * due rows with FOR UPDATE SKIP LOCKED under a lease, sends them, and records the outcome (and the
 * `notification.delivered/failed` event) in one transaction. A replica that dies mid-send leaves
 * its claims to expire and be taken again; the outcome of a claim that was taken over is ignored.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private running = false;
  private loops: Promise<void>[] = [];
  private readonly sleepers = new Set<() => void>();
  private woken = false;
  private listener?: PostgresListener;
  private pruneTimer?: NodeJS.Timeout;
  private readonly log: Logger;

  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: DeliveryRepository,
    private readonly alerts: AlertRepository,
    private readonly subscriptions: SubscriptionRepository,
    private readonly subscribers: SubscriberRepository,
    private readonly webhooks: WebhookSender,
    private readonly email: EmailSender,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
    @Inject(SERVICE_LOGGER) logger: Logger,
  ) {
    this.log = logger.child({ component: 'delivery-worker' });
  }

  onApplicationBootstrap(): void {
    if (!this.settings.worker || this.running) return;
    if (!this.settings.smtpUrl) this.log.warn('SMTP_URL is not set: email and digest deliveries will fail until it is');
    this.running = true;
    this.listener = new PostgresListener({
      connectionString: this.settings.databaseUrl,
      channel: CHANNEL,
      applicationName: 'civic-delivery-listen',
      onNotify: () => this.poke(),
      onLost: (err) => this.log.warn({ err: String(err) }, 'delivery LISTEN lost; polling until it is back'),
      retryMs: this.settings.pollMs,
    });
    this.listener.start();
    // Independent lanes: a receiver that takes its full timeout holds up one batch, not the worker.
    this.loops = Array.from({ length: this.settings.concurrency }, (_, lane) => this.run(lane === 0));
    this.pruneTimer = setInterval(() => {
      this.prune().catch((err: unknown) => this.log.warn({ err: String(err) }, 'delivery log pruning failed'));
    }, PRUNE_EVERY_MS);
    this.pruneTimer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    clearInterval(this.pruneTimer);
    this.poke();
    await Promise.all(this.loops);
    await this.listener?.stop();
  }

  /** Sends everything due now, messages then digests, and answers how many deliveries it handled. */
  async runOnce(): Promise<number> {
    let handled = 0;
    for (;;) {
      const n = await this.sendDue();
      handled += n;
      if (n < this.settings.batchSize) break;
    }
    return handled + (await this.sendDueDigests());
  }

  /** Forgets finished deliveries older than the retention, then alerts no delivery refers to. */
  async prune(): Promise<{ deliveries: number; alerts: number }> {
    const before = new Date(this.clock.now().getTime() - this.settings.retentionMs);
    const deliveries = await this.deliveries.pruneFinished(before);
    const alerts = await this.alerts.pruneUnreferenced(before);
    return { deliveries, alerts };
  }

  private poke(): void {
    this.woken = true;
    for (const wake of this.sleepers) wake();
  }

  private async sleep(ms: number): Promise<void> {
    if (this.woken || !this.running) {
      this.woken = false;
      return;
    }
    await new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
    });
    this.woken = false;
  }

  private async run(withDigests: boolean): Promise<void> {
    while (this.running) {
      let handled = 0;
      try {
        handled = await this.sendDue();
        if (withDigests) handled += await this.sendDueDigests();
      } catch (err) {
        this.log.error({ err: String(err) }, 'delivery pass failed');
      }
      if (handled < this.settings.batchSize) await this.sleep(this.settings.pollMs);
    }
  }

  private leaseEnd(now: Date): Date {
    return new Date(now.getTime() + this.settings.webhookTimeoutMs + this.settings.leaseMarginMs);
  }

  private async sendDue(): Promise<number> {
    const now = this.clock.now();
    const claimed = await this.deliveries.claimDue(now, this.leaseEnd(now), this.settings.batchSize, 'messages');
    if (claimed.length === 0) return 0;
    for (const claim of claimed) {
      if (claim.outcomeUnknown && claim.channel !== 'live') {
        resent.inc({ channel: claim.channel });
        this.log.info({ deliveryId: claim.id, attempts: claim.attempts }, 'sending again a delivery whose earlier attempt was never recorded');
      }
    }
    const alerts = await this.alerts.findByIds(claimed.map((d) => d.eventId));
    const subscriptions = await this.subscriptions.findByIds(claimed.map((d) => d.subscriptionId));
    const subscribers = await this.subscribers.findByIds(claimed.map((d) => d.subscriberId));
    // An alert usually goes to many subscriptions at once: its words are worked out once.
    const messages = new Map<string, AlertMessage>();
    const messageOf = (alert: Alert): AlertMessage => {
      let message = messages.get(alert.eventId);
      if (!message) messages.set(alert.eventId, (message = alertMessage(alert.eventType, alert.data)));
      return message;
    };
    // Outcomes are recorded in small groups as they come in, so a receiver that takes its whole
    // timeout delays only its own record, not those of the batch's other deliveries.
    const done: Finish[] = [];
    let recording = Promise.resolve();
    const recordDone = () => {
      const group = done.splice(0);
      if (group.length > 0) recording = recording.then(() => this.record(group));
    };
    const timer = setInterval(recordDone, RECORD_EVERY_MS);
    try {
      await Promise.all(
        claimed.map(async (claim) => {
          const alert = alerts.get(claim.eventId)!;
          const attempt = await this.attempt(claim, alert, messageOf(alert), subscriptions.get(claim.subscriptionId), subscribers.get(claim.subscriberId)?.email ?? null);
          done.push(this.outcome(claim, attempt));
        }),
      );
    } finally {
      clearInterval(timer);
      recordDone();
    }
    await recording;
    return claimed.length;
  }

  private async attempt(claim: Delivery, alert: Alert, message: AlertMessage, subscription: Subscription | undefined, email: string | null): Promise<Attempt> {
    if (!subscription || !subscription.active) return { cancelled: 'the subscription was paused or deleted before delivery' };
    try {
      switch (claim.channel) {
        case 'live':
          // The stream reads it from the log once it has a position, given when this is recorded.
          return { ok: true };
        case 'webhook':
          await this.webhooks.send({ url: subscription.webhookUrl!, secret: subscription.webhookSecret!, id: claim.id, body: JSON.stringify(webhookBody(claim, alert, message)) });
          return { ok: true };
        case 'email': {
          if (!email) return { ok: false, error: 'the subscriber has no email address', permanent: true };
          await this.email.send(email, [subscription], message.subject, [message], claim.id);
          return { ok: true };
        }
        default:
          return { ok: false, error: `channel ${claim.channel} is sent as a digest`, permanent: true };
      }
    } catch (err) {
      const e = err as Error & { permanent?: boolean };
      return { ok: false, error: e.message, permanent: e.permanent === true };
    }
  }

  /** Delivered, cancelled, retried later with backoff, or failed once the 24 h retry window would be exceeded. */
  private outcome(claim: Delivery, attempt: Attempt): Finish {
    if ('cancelled' in attempt) return { claim, status: 'cancelled', error: attempt.cancelled };
    if (attempt.ok) return { claim, status: 'delivered' };
    const now = this.clock.now();
    const next = new Date(now.getTime() + retryDelayMs(claim.attempts, this.settings.retryBaseMs, this.settings.retryMaxMs));
    const windowStart = claim.retryWindowStart ?? now;
    if (attempt.permanent || next.getTime() - windowStart.getTime() > this.settings.retryWindowMs) {
      return { claim, status: 'failed', error: attempt.error };
    }
    return { claim, status: 'pending', nextAttemptAt: next, error: attempt.error };
  }

  private async record(finishes: Finish[]): Promise<void> {
    const at = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      await this.deliveries.assignStreamPositions(
        manager,
        finishes.filter((f) => f.status === 'delivered' && f.claim.channel === 'live').map((f) => f.claim.id),
      );
      const recorded = await this.deliveries.finishAll(manager, finishes, at);
      const events: OutgoingEvent[] = [];
      for (const f of finishes) {
        if (!recorded.has(f.claim.id)) {
          this.log.warn({ deliveryId: f.claim.id }, 'claim was taken over by another worker; its outcome stands');
          continue;
        }
        if (f.status === 'delivered' || f.status === 'failed') events.push(outcomeEvent(f, at));
      }
      if (events.length > 0) await this.outbox.publishAll(manager, events);
    });
  }

  /** Digests: every due delivery of a digest subscription, in one email. */
  private async sendDueDigests(): Promise<number> {
    let handled = 0;
    for (;;) {
      const now = this.clock.now();
      const [first] = await this.deliveries.claimDue(now, this.leaseEnd(now), 1, 'digests');
      if (!first) return handled;
      handled += await this.sendDigest(first);
    }
  }

  private async sendDigest(first: Delivery): Promise<number> {
    const subscriber = (await this.subscribers.findByIds([first.subscriberId])).get(first.subscriberId);
    const now = this.clock.now();
    // One message per subscriber: everything of its digest subscriptions that is due now, the first claim included.
    const items = await this.dataSource.transaction(async (manager) => {
      const claimed = [first];
      for (const row of await this.deliveries.lockDigest(manager, first.subscriberId, now)) {
        if (row.id === first.id) continue;
        const claim = await this.deliveries.claimOne(manager, row.id, now, this.leaseEnd(now));
        if (claim) claimed.push(claim);
      }
      return claimed;
    });
    const subscriptions = await this.subscriptions.findByIds(items.map((d) => d.subscriptionId));
    const live = items.filter((d) => subscriptions.get(d.subscriptionId)?.active);
    const finishes = items
      .filter((d) => !live.includes(d))
      .map((claim) => this.outcome(claim, { cancelled: 'the subscription was paused or deleted before the digest' }));
    if (live.length > 0) {
      let attempt: Attempt;
      if (!subscriber?.email) attempt = { ok: false, error: 'the subscriber has no email address', permanent: true };
      else {
        const alerts = await this.alerts.findByIds(live.map((d) => d.eventId));
        const messages: AlertMessage[] = [...new Set(live.map((d) => d.eventId))]
          .map((id) => alerts.get(id)!)
          .sort((a, b) => a.time.getTime() - b.time.getTime())
          .map((a) => alertMessage(a.eventType, a.data));
        const from = [...new Set(live.map((d) => d.subscriptionId))].map((id) => subscriptions.get(id)!);
        const channels = new Set(from.map((s) => s.channel));
        const period = channels.size > 1 ? 'Your' : channels.has('digest_weekly') ? 'Weekly' : 'Daily';
        try {
          await this.email.send(subscriber.email, from, `${period} digest: ${messages.length} alert${messages.length === 1 ? '' : 's'}`, messages, first.id);
          attempt = { ok: true };
        } catch (err) {
          const e = err as Error & { permanent?: boolean };
          attempt = { ok: false, error: e.message, permanent: e.permanent === true };
        }
      }
      for (const claim of live) {
        const finish = this.outcome(claim, attempt);
        // A digest that could not go out waits for the retry, or for its next digest time if that is sooner.
        const s = subscriptions.get(claim.subscriptionId)!;
        const nextDigest = nextDigestAt(now, s.digestAt ?? '08:00', s.timeZone ?? 'UTC', s.channel === 'digest_weekly', quietHoursOf(s));
        if (finish.nextAttemptAt && nextDigest < finish.nextAttemptAt) finish.nextAttemptAt = nextDigest;
        finishes.push(finish);
      }
    }
    await this.record(finishes);
    return items.length;
  }
}

function webhookBody(claim: Delivery, alert: Alert, message: AlertMessage): Record<string, unknown> {
  return {
    type: alert.eventType,
    timestamp: alert.time.toISOString(),
    data: {
      deliveryId: claim.id,
      subscriptionId: claim.subscriptionId,
      eventId: alert.eventId,
      eventType: alert.eventType,
      cloudEventType: alert.cloudEventType,
      summary: message.subject,
      text: message.paragraphs.join('\n'),
      alert: alert.data,
    },
  };
}

function outcomeEvent(f: Finish, at: Date): OutgoingEvent {
  const common = {
    deliveryId: f.claim.id,
    eventId: f.claim.eventId,
    eventType: f.claim.eventType,
    subscriptionId: f.claim.subscriptionId,
    subscriberId: f.claim.subscriberId,
    channel: f.claim.channel,
    attempts: f.claim.attempts,
  };
  return f.status === 'delivered'
    ? { contract: Events.NotificationDelivered, aggregateId: f.claim.id, data: { ...common, deliveredAt: at.toISOString() } }
    : { contract: Events.NotificationFailed, aggregateId: f.claim.id, data: { ...common, failedAt: at.toISOString(), error: f.error ?? null } };
}
