/** IBM ArgKP (test/fixtures/argkp) as scopes, for the theme evaluation and the weight fit. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test', 'fixtures', 'argkp');
const read = (file: string) => parse(readFileSync(join(root, file)), { columns: true, skip_empty_lines: true }) as Record<string, string>[];

/** One topic and stance: its arguments, its key points, and the key points each labelled argument matches. */
export interface Scope {
  name: string;
  topic: string;
  args: { id: string; text: string }[];
  keyPoints: { id: string; text: string }[];
  gold: Map<string, string[]>;
}

export function loadScopes(): Scope[] {
  const scopes = new Map<string, Scope>();
  const scopeOf = (topic: string, stance: string) => {
    const name = `${topic} [${stance === '1' ? 'pro' : 'con'}]`;
    let scope = scopes.get(name);
    if (!scope) scopes.set(name, (scope = { name, topic, args: [], keyPoints: [], gold: new Map() }));
    return scope;
  };
  const kpScope = new Map<string, Scope>();
  for (const split of ['train', 'dev']) {
    for (const row of read(`arguments_${split}.csv`)) scopeOf(row.topic, row.stance).args.push({ id: row.arg_id, text: row.argument });
    for (const row of read(`key_points_${split}.csv`)) {
      const scope = scopeOf(row.topic, row.stance);
      scope.keyPoints.push({ id: row.key_point_id, text: row.key_point });
      kpScope.set(row.key_point_id, scope);
    }
    for (const row of read(`labels_${split}.csv`)) {
      if (row.label !== '1') continue;
      const scope = kpScope.get(row.key_point_id);
      if (!scope) continue;
      scope.gold.set(row.arg_id, [...(scope.gold.get(row.arg_id) ?? []), row.key_point_id]);
    }
  }
  return [...scopes.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}
