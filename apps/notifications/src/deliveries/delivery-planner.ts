import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { eventTypeOf, type AlertScope, type CloudEvent } from '#libs/contracts';
import { Clock } from '../notification-settings.js';
import type { Subscription } from '../subscriptions/subscription.entity.js';
import { SubscriptionMatcher } from '../subscriptions/subscription-matcher.js';
import { Alert } from './alert.entity.js';
import { AlertRepository } from './alert.repository.js';
import { nextDigestAt, quietUntil, type QuietHoursWindow } from './delivery-schedule.js';
import { DeliveryRepository } from './delivery.repository.js';

export function quietHoursOf(s: Subscription): QuietHoursWindow | null {
  return s.quietStart && s.quietEnd && s.timeZone ? { start: s.quietStart, end: s.quietEnd, timeZone: s.timeZone } : null;
}

/** When a new alert may first go out on a subscription's channel. */
export function firstAttemptAt(s: Subscription, now: Date): Date {
  switch (s.channel) {
    case 'digest_daily':
    case 'digest_weekly':
      return nextDigestAt(now, s.digestAt ?? '08:00', s.timeZone ?? 'UTC', s.channel === 'digest_weekly', quietHoursOf(s));
    case 'email':
      return quietUntil(now, quietHoursOf(s)) ?? now;
    default:
      // Machines and open streams have no night.
      return now;
  }
}

/**
 * Turns an alert into one delivery per matching subscription, inside the inbox transaction of the
 * event: the delivery rows commit with the inbox record, and their insert's NOTIFY wakes the workers.
 */
@Injectable()
export class DeliveryPlanner {
  constructor(
    private readonly matcher: SubscriptionMatcher,
    private readonly alerts: AlertRepository,
    private readonly deliveries: DeliveryRepository,
    private readonly clock: Clock,
  ) {}

  async plan(manager: EntityManager, subject: string, event: CloudEvent, scope: AlertScope): Promise<number> {
    const eventType = eventTypeOf(subject);
    const matched = await this.matcher.match(manager, eventType, scope);
    if (matched.length === 0) return 0;
    const now = this.clock.now();
    await this.alerts.keep(
      manager,
      Object.assign(new Alert(), {
        eventId: event.id,
        eventType,
        cloudEventType: event.type,
        time: new Date(event.time),
        data: event.data as Record<string, unknown>,
        receivedAt: now,
      }),
    );
    const planned = await this.deliveries.plan(
      manager,
      matched.map((s) => ({
        id: uuidv7(),
        eventId: event.id,
        eventType,
        subscriptionId: s.id,
        subscriberId: s.subscriberId,
        channel: s.channel,
        nextAttemptAt: firstAttemptAt(s, now),
      })),
      now,
    );
    return planned;
  }
}
