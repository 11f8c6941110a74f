import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GloveVectors } from './glove-vectors.js';

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, x, i) => s + x * b[i], 0);

describe('GloveVectors', () => {
  it('finds the packaged vectors of the words asked for, unit length, close for related words', async () => {
    const vectors = await new GloveVectors().lookup(['bus', 'train', 'banana', 'notawordanywhere']);
    expect([...vectors.keys()].sort()).toEqual(['banana', 'bus', 'train']);
    for (const v of vectors.values()) {
      expect(v).toHaveLength(100);
      expect(Math.hypot(...v)).toBeCloseTo(1, 10);
    }
    const [bus, train, banana] = ['bus', 'train', 'banana'].map((w) => vectors.get(w) ?? []);
    expect(dot(bus, train)).toBeGreaterThan(dot(bus, banana) + 0.3);
  });

  describe('on a file in the same format', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glove-'));
    const file = join(dir, 'vectors.json');
    // Words that need JSON escapes, and entries that a 7-byte chunk splits everywhere, words and numbers alike.
    writeFileSync(
      file,
      JSON.stringify({
        precision: 8,
        dimensions: 2,
        words: ['quote"word', 'plain', 'vectors'],
        vectors: { 'quote"word': [3, 4, 5, 0], plain: [0, 2, 2, 1], 'back\\slash': [1, 0, 1, 2], vectors: [5, 12, 13, 3] },
      }),
    );
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reads every entry across chunk boundaries, escaped words included, and only the first dimensions', async () => {
      for (const chunkBytes of [7, 64, 1 << 20]) {
        const vectors = await new GloveVectors(file, chunkBytes).lookup(['quote"word', 'plain', 'back\\slash', 'vectors', 'missing']);
        expect(Object.fromEntries(vectors)).toEqual({ 'quote"word': [0.6, 0.8], plain: [0, 1], 'back\\slash': [1, 0], vectors: [5 / 13, 12 / 13] });
      }
    });

    it('reads nothing for no words, and refuses a file without vectors', async () => {
      expect((await new GloveVectors(join(dir, 'absent.json')).lookup([])).size).toBe(0);
      const empty = join(dir, 'empty.json');
      writeFileSync(empty, JSON.stringify({ dimensions: 2, words: [] }));
      await expect(new GloveVectors(empty).lookup(['plain'])).rejects.toThrow(/has no word vectors/);
    });
  });
});
