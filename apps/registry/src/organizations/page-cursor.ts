const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where a page of organizations ended: the name and id of its last one (the list is in name, then id, order). */
export interface PagePosition {
  name: string;
  id: string;
}

/** Opaque to callers, so the order may change without breaking their contract. */
export function encodeCursor(position: PagePosition): string {
  return Buffer.from(JSON.stringify([position.name, position.id])).toString('base64url');
}

/** The position a cursor stands for, or null when it is not one this registry gave out. */
export function decodeCursor(cursor: string): PagePosition | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string') && UUID.test(value[1])) return { name: value[0], id: value[1] };
  } catch {
    // Not JSON: not ours.
  }
  return null;
}
