import type { EngagementChangedV1 } from '#libs/contracts';
import { EngagementReference } from './engagement-reference.entity.js';

/** The read model's rule: a newer version replaces the copy; report-back and overdue bookkeeping stay. */
export function nextEngagementReference(current: EngagementReference | null, event: EngagementChangedV1): EngagementReference | null {
  const e = event.engagement;
  if (current && current.version >= e.version) return null;
  return Object.assign(new EngagementReference(), {
    id: e.id,
    bureau: e.bureau,
    status: e.status,
    heldAt: e.heldAt ? new Date(e.heldAt) : e.status === 'held' ? new Date(e.endsAt) : null,
    summary: {
      id: e.id,
      bureau: e.bureau,
      title: e.title,
      kind: e.kind,
      status: e.status,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      address: e.address ?? null,
      onlineUrl: e.onlineUrl ?? null,
      audience: e.audience,
      version: e.version,
    },
    scope: event.scope,
    version: e.version,
    reportBackAt: current?.reportBackAt ?? null,
    overdueNotices: current?.overdueNotices ?? 0,
    lastOverdueAt: current?.lastOverdueAt ?? null,
  } satisfies EngagementReference);
}
