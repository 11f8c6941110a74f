import { decodeKeysetCursor, encodeKeysetCursor } from '#libs/persistence';
import type { EngagementPosition } from './engagement.repository.js';

export function encodeEngagementCursor(position: EngagementPosition): string {
  return encodeKeysetCursor({ key: position.startsAt.toISOString(), id: position.id });
}

/** The position a cursor stands for, or null when it is not one this service gave out. */
export function decodeEngagementCursor(cursor: string): EngagementPosition | null {
  const position = decodeKeysetCursor(cursor);
  const startsAt = position && new Date(position.key);
  return position && startsAt && !Number.isNaN(startsAt.getTime()) ? { startsAt, id: position.id } : null;
}
