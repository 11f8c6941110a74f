import { decodeKeysetCursor, encodeKeysetCursor } from '#libs/persistence';

/** Where a page of organizations ended: the name and id of its last one (the list is in name, then id, order). */
export interface PagePosition {
  name: string;
  id: string;
}

export function encodeCursor(position: PagePosition): string {
  return encodeKeysetCursor({ key: position.name, id: position.id });
}

/** The position a cursor stands for, or null when it is not one this registry gave out. */
export function decodeCursor(cursor: string): PagePosition | null {
  const position = decodeKeysetCursor(cursor);
  return position && { name: position.key, id: position.id };
}
