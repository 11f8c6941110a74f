import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { projectPath } from '#libs/messaging';

export interface SeededBureau {
  code: string;
  name: string;
}

/**
 * The bureaus `npm start` seeds the registry with (the registry's Portland data, which the images
 * ship too). Read as data, not imported: the registry owns them, and a bureau it does not list yet
 * may still be given a key. Empty when the file is not there.
 */
export function seededBureaus(file = projectPath(import.meta.url, 'apps', 'registry', 'data', 'portland', 'bureaus.csv')): SeededBureau[] {
  if (!existsSync(file)) return [];
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Array<{ code: string; name: string }>;
  return rows.map(({ code, name }) => ({ code, name }));
}
