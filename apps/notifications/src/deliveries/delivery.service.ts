import { Injectable } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { DataSource } from 'typeorm';
import type { ByIdRequest, DeliveryRecord, ListDeliveriesRequest, LiveAlertPage, LiveAlertsRequest, Requester } from '#libs/contracts';
import { Clock } from '../notification-settings.js';
import { SubscriberRepository } from '../subscriptions/subscriber.repository.js';
import { isStaff } from '../subscriptions/subscription-records.js';
import type { Delivery } from './delivery.entity.js';
import { DeliveryRepository } from './delivery.repository.js';
import { LiveAlertSignal } from './live-alert-signal.js';

export function deliveryRecord(d: Delivery): DeliveryRecord {
  return {
    id: d.id,
    eventId: d.eventId,
    eventType: d.eventType,
    subscriptionId: d.subscriptionId,
    subscriberId: d.subscriberId,
    channel: d.channel,
    status: d.status,
    attempts: d.attempts,
    lastError: d.lastError,
    nextAttemptAt: d.status === 'pending' && d.nextAttemptAt ? d.nextAttemptAt.toISOString() : null,
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

function staffOnly(as: Requester): void {
  if (!isStaff(as)) throw new RpcException({ status: 403, message: 'the delivery log is for coordinators and admins' });
}

/** The delivery log as staff read it, retries of failed deliveries, and the live stream's reads. */
@Injectable()
export class DeliveryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: DeliveryRepository,
    private readonly subscribers: SubscriberRepository,
    private readonly clock: Clock,
    private readonly signal: LiveAlertSignal,
  ) {}

  async list({ as, filter }: ListDeliveriesRequest): Promise<DeliveryRecord[]> {
    staffOnly(as);
    return (await this.deliveries.list(filter)).map(deliveryRecord);
  }

  /** Puts a failed delivery back in the queue now, with a new 24 h retry window. */
  async retry({ as, id }: ByIdRequest): Promise<DeliveryRecord> {
    staffOnly(as);
    return this.dataSource.transaction(async (manager) => {
      const delivery = await this.deliveries.findById(id, manager);
      if (!delivery) throw new RpcException({ status: 404, message: `no delivery ${id}` });
      if (!(await this.deliveries.requeue(manager, id, this.clock.now()))) {
        throw new RpcException({ status: 409, message: `delivery ${id} is ${delivery.status}; only a failed delivery can be retried` });
      }
      return deliveryRecord((await this.deliveries.findById(id, manager))!);
    });
  }

  /** The caller's live alerts after `after`; with `waitMs`, waits that long for the first one when there is none yet. */
  async live({ as, after, limit, waitMs }: LiveAlertsRequest): Promise<LiveAlertPage> {
    const subscriber = await this.subscribers.findByKey(as.keyId);
    if (!subscriber) return { subscriberId: null, alerts: [] };
    const read = () => this.deliveries.liveAfter(subscriber.id, after ?? 0, limit ?? 100);
    let rows;
    if (waitMs) {
      const signal = this.signal.waitFor(subscriber.id, waitMs);
      rows = await read();
      if (rows.length > 0) signal.cancel();
      else {
        await signal.done;
        rows = await read();
      }
    } else rows = await read();
    return {
      subscriberId: subscriber.id,
      alerts: rows.map((r) => ({
        position: Number(r.position),
        deliveryId: r.deliveryId,
        subscriptionId: r.subscriptionId,
        eventId: r.eventId,
        eventType: r.eventType,
        time: new Date(r.time).toISOString(),
        data: r.data,
      })),
    };
  }
}
