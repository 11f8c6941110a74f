/** Agreement between two labelings of the same items: normalized mutual information (arithmetic mean) and adjusted Rand index. */
function contingency(a: readonly (string | number)[], b: readonly (string | number)[]) {
  const table = new Map<string, number>();
  const rows = new Map<string | number, number>();
  const columns = new Map<string | number, number>();
  a.forEach((x, i) => {
    const key = `${x}\u0000${b[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(x, (rows.get(x) ?? 0) + 1);
    columns.set(b[i], (columns.get(b[i]) ?? 0) + 1);
  });
  return { table, rows, columns, n: a.length };
}

export function normalizedMutualInformation(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  const { table, rows, columns, n } = contingency(a, b);
  const entropy = (counts: Iterable<number>) => [...counts].reduce((h, c) => h - (c / n) * Math.log(c / n), 0);
  const ha = entropy(rows.values());
  const hb = entropy(columns.values());
  let mi = 0;
  for (const [key, count] of table) {
    const [x, y] = key.split('\u0000');
    const rx = [...rows.entries()].find(([k]) => String(k) === x)?.[1] ?? 0;
    const cy = [...columns.entries()].find(([k]) => String(k) === y)?.[1] ?? 0;
    mi += (count / n) * Math.log((n * count) / (rx * cy));
  }
  const denominator = (ha + hb) / 2;
  return denominator === 0 ? 1 : mi / denominator;
}

export function adjustedRandIndex(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  const { table, rows, columns, n } = contingency(a, b);
  const pairs = (x: number) => (x * (x - 1)) / 2;
  const index = [...table.values()].reduce((s, c) => s + pairs(c), 0);
  const rowPairs = [...rows.values()].reduce((s, c) => s + pairs(c), 0);
  const columnPairs = [...columns.values()].reduce((s, c) => s + pairs(c), 0);
  const expected = (rowPairs * columnPairs) / pairs(n);
  const max = (rowPairs + columnPairs) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
