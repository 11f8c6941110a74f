import { decodeKeysetCursor, encodeKeysetCursor } from '#libs/persistence';
import type { CoordinationPosition } from './coordination.repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A start and one or two ids (a conflict's; a fatigue alert's organization and engagement). */
export function encodeCoordinationCursor(position: CoordinationPosition): string {
  const leading = position.ids.slice(0, -1);
  return encodeKeysetCursor({ key: [position.startsAt.toISOString(), ...leading].join('|'), id: position.ids.at(-1)! });
}

/** The position a cursor stands for, or null when it is not one this service gave out for `idCount` ids. */
export function decodeCoordinationCursor(cursor: string, idCount: 1 | 2): CoordinationPosition | null {
  const position = decodeKeysetCursor(cursor);
  if (!position) return null;
  const [start, ...leading] = position.key.split('|');
  const startsAt = new Date(start);
  const ids = [...leading, position.id];
  if (Number.isNaN(startsAt.getTime()) || ids.length !== idCount || !ids.every((id) => UUID.test(id))) return null;
  return { startsAt, ids };
}
