import { seededRandom } from '../../apps/feedback/src/synthesis/random.js';

/**
 * `count` comments built from real ones with seeded variation: a sentence of another comment added or one dropped
 * and a few words left out, so few are the same text while the themes stay the real ones (no invented words).
 */
export function variedComments(base: readonly string[], count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const sentences = base.map((text) => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim().length > 0));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts = [...sentences[i % sentences.length]];
    if (parts.length > 1 && random() < 0.3) parts.splice(Math.floor(random() * parts.length), 1);
    if (random() < 0.3) parts.push(pick(pick(sentences)));
    const words = parts.join(' ').split(/\s+/).filter(() => random() > 0.05);
    out.push((words.length ? words.join(' ') : base[i % base.length]).slice(0, 20_000));
  }
  return out;
}
