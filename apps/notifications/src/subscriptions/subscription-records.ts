import type { Requester, SubscriberRecord, SubscriptionRecord } from '#libs/contracts';
import type { Subscriber } from './subscriber.entity.js';
import type { Subscription } from './subscription.entity.js';

/** Coordinators and admins manage every subscriber; any other key only its own. */
export function isStaff(as: Requester): boolean {
  return as.role === 'coordinator' || as.role === 'admin';
}

export function subscriberRecord(s: Subscriber, as: Requester): SubscriberRecord {
  const mayReadContact = isStaff(as) || s.keyId === as.keyId;
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    email: mayReadContact ? s.email : null,
    keyId: s.keyId,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

export function subscriptionRecord(s: Subscription, withSecret = false): SubscriptionRecord {
  return {
    id: s.id,
    subscriberId: s.subscriberId,
    eventTypes: s.eventTypes,
    filters: { bureaus: s.bureaus, councilDistricts: s.councilDistricts, organizationIds: s.organizationIds, minSeverity: s.minSeverity },
    channel: s.channel,
    webhookUrl: s.webhookUrl,
    ...(withSecret && s.webhookSecret ? { webhookSecret: s.webhookSecret } : {}),
    quietHours: s.quietStart && s.quietEnd ? { start: s.quietStart, end: s.quietEnd } : null,
    timeZone: s.timeZone,
    digestAt: s.digestAt,
    active: s.active,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}
