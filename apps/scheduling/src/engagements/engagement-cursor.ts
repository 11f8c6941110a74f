import { decodeTimeCursor, encodeTimeCursor } from '#libs/persistence';
import type { EngagementPosition } from './engagement.repository.js';

export function encodeEngagementCursor(position: EngagementPosition): string {
  return encodeTimeCursor({ at: position.startsAt, ids: [position.id] });
}

/** The position a cursor stands for, or null when it is not one this service gave out. */
export function decodeEngagementCursor(cursor: string): EngagementPosition | null {
  const position = decodeTimeCursor(cursor, 1);
  return position && { startsAt: position.at, id: position.ids[0] };
}
