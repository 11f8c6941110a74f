import type { FieldError } from '#libs/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where a keyset page ended: the sort key and the id of its last row (lists order by key, then id). */
export interface KeysetPosition {
  key: string;
  id: string;
}

/** Opaque to callers, so the order may change without breaking their contract. */
export function encodeKeysetCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id])).toString('base64url');
}

/** The position a cursor stands for, or null when it is not one this service gave out. */
export function decodeKeysetCursor(cursor: string): KeysetPosition | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string') && UUID.test(value[1])) return { key: value[0], id: value[1] };
  } catch {
    // Not JSON: not ours.
  }
  return null;
}

/** The answer to a cursor a list did not give out. */
export const INVALID_CURSOR_PROBLEM: FieldError = { field: 'cursor', rule: 'isCursor', message: 'cursor must be the nextCursor of a previous page' };

/** Where a page of a list in time order ended: an instant, then the ids that break its ties. */
export interface TimePosition {
  at: Date;
  ids: string[];
}

export function encodeTimeCursor(position: TimePosition): string {
  return encodeKeysetCursor({ key: [position.at.toISOString(), ...position.ids.slice(0, -1)].join('|'), id: position.ids.at(-1)! });
}

/** The position a cursor stands for, or null when it is not one given out for `idCount` ids. */
export function decodeTimeCursor(cursor: string, idCount: number): TimePosition | null {
  const position = decodeKeysetCursor(cursor);
  if (!position) return null;
  const [instant, ...leading] = position.key.split('|');
  const at = new Date(instant);
  const ids = [...leading, position.id];
  if (Number.isNaN(at.getTime()) || ids.length !== idCount || !ids.every((id) => UUID.test(id))) return null;
  return { at, ids };
}
