import type { EngagementPosition } from './engagement.repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Opaque to callers, so the order may change without breaking their contract. */
export function encodeEngagementCursor(position: EngagementPosition): string {
  return Buffer.from(JSON.stringify([position.startsAt.toISOString(), position.id])).toString('base64url');
}

/** The position a cursor stands for, or null when it is not one this service gave out. */
export function decodeEngagementCursor(cursor: string): EngagementPosition | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string' && UUID.test(value[1])) {
      const startsAt = new Date(value[0]);
      if (!Number.isNaN(startsAt.getTime())) return { startsAt, id: value[1] };
    }
  } catch {
    // Not JSON: not ours.
  }
  return null;
}
