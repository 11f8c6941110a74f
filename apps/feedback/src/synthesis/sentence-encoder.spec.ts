import { SentenceEncoder } from './sentence-encoder.js';
import { embedForAssignment } from './assignment-embeddings.js';
import type { AssignmentEmbeddings } from './theme-assignment.js';
import { argmax, assignToGivenThemes, scoreAgainstThemes } from './theme-assignment.js';
import { cosine } from './clustering.js';

// Comments that share no word with the theme they belong to: only meaning places them.
const themes = [{ label: 'Housing affordability' }, { label: 'Traffic safety' }, { label: 'Parks and green space' }];
const comments = [
  ['housing', 'My rent went up again and I can barely pay it'],
  ['housing', 'Young families cannot buy a home here anymore'],
  ['housing', 'Landlords keep raising what tenants owe every month'],
  ['traffic', 'Cars race down our street and kids are afraid to cross'],
  ['traffic', 'We need crosswalks and speed bumps near the school'],
  ['traffic', 'Drivers run red lights at the intersection all the time'],
  ['parks', 'Please plant more trees and keep the playground clean'],
  ['parks', 'Children need somewhere to play outdoors near home'],
  ['parks', 'The community garden and the nature trail are wonderful'],
].map(([truth, text], i) => ({ id: `${truth}-${i}`, text, truth }));
const truthIndex: Record<string, number> = { housing: 0, traffic: 1, parks: 2 };

describe('SentenceEncoder', () => {
  const encoder = new SentenceEncoder();
  let embeddings: AssignmentEmbeddings;

  beforeAll(async () => {
    embeddings = await embedForAssignment(comments, themes, { encoder });
  });

  it('gives one unit-length vector per text, the same each time, blank text included', async () => {
    expect(embeddings.comments).toHaveLength(comments.length);
    for (const v of embeddings.comments) {
      expect(v).toHaveLength(512);
      expect(Math.hypot(...v)).toBeCloseTo(1, 5);
    }
    const again = await encoder.embed([comments[0].text, '   ']);
    // Batched differently, a vector may differ in float rounding only.
    expect(Math.max(...again[0].map((x, d) => Math.abs(x - embeddings.comments[0][d])))).toBeLessThan(1e-5);
    expect(again[1]).toHaveLength(512);
  });

  it('puts paraphrases closer than unrelated sentences', async () => {
    const [a, b, c] = await encoder.embed(['The bus is always late', 'Transit never arrives on time', 'I love the new library']);
    expect(cosine(a, b)).toBeGreaterThan(cosine(a, c) + 0.1);
  });

  it('lets assignment place comments that share no words with their theme', () => {
    const scores = scoreAgainstThemes(comments, themes, {}, embeddings);
    const placed = comments.map((c, i) => argmax(scores[i]) === truthIndex[c.truth]);
    expect(placed.filter(Boolean).length).toBeGreaterThanOrEqual(8);

    const result = assignToGivenThemes(comments, themes, {}, embeddings);
    expect(result.themes.map((t) => t.label)).toEqual(themes.map((t) => t.label));
    const housing = result.themes[0].members.map((m) => m.commentId);
    expect(housing.filter((id) => id.startsWith('housing')).length).toBeGreaterThanOrEqual(2);
  });

  it('places comments the same each time', () => {
    expect(scoreAgainstThemes(comments, themes, {}, embeddings)).toEqual(scoreAgainstThemes(comments, themes, {}, embeddings));
  });

  it('refuses embeddings that do not match the comments', () => {
    expect(() => scoreAgainstThemes(comments, themes, {}, { ...embeddings, comments: embeddings.comments.slice(1) })).toThrow(/one embedding per comment/);
  });
});
