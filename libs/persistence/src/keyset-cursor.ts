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
