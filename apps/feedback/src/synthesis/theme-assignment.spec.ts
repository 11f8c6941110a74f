import { assignmentWords, matchWords } from './theme-assignment.js';

// Hand-made unit word vectors: "prejudice" and "racism" are close, "weather" is far from both.
const vectors = new Map<string, number[]>([
  ['prejudice', [1, 0, 0]],
  ['racism', [0.8, 0.6, 0]],
  ['weather', [0, 0, 1]],
  ['rain', [0, 0.6, 0.8]],
]);

describe('word-by-word matching', () => {
  it('scores a comment higher against the theme whose words mean what its words mean', () => {
    const [row] = matchWords([['racism']], [['prejudice'], ['weather']], vectors);
    expect(row[0]).toBeGreaterThan(row[1]);
    expect(row[0]).toBeCloseTo(0.8, 10);
  });

  it('matches the same word fully and a word without an embedding only to itself', () => {
    const [same, unknown] = matchWords([['prejudice'], ['bigotry']], [['prejudice']], vectors);
    expect(same[0]).toBeCloseTo(1, 10);
    expect(unknown[0]).toBe(0);
    expect(matchWords([['bigotry']], [['bigotry']], vectors)[0][0]).toBeCloseTo(1, 10);
  });

  it('weighs rare words above words every comment uses', () => {
    // "weather" is in every comment, so matching "rain" (rare) counts for more than matching "weather".
    const comments = [['weather', 'rain'], ['weather'], ['weather']];
    const [rainy] = matchWords(comments, [['weather', 'prejudice'], ['rain', 'prejudice']], vectors);
    expect(rainy[1]).toBeGreaterThan(rainy[0]);
  });

  it('gives zero to a theme or comment without words', () => {
    expect(matchWords([[]], [['prejudice'], []], vectors)).toEqual([[0, 0]]);
  });
});

describe('assignmentWords', () => {
  it('lists the content words of comments and themes once each, sorted', () => {
    const words = assignmentWords([{ id: 'a', text: 'Buses are late' }, { id: 'b', text: 'The bus never comes' }], [{ label: 'Transit', description: 'Bus service' }]);
    expect(words).toEqual([...new Set(words)].sort());
    expect(words).toEqual(expect.arrayContaining(['bus', 'late', 'transit', 'service']));
    expect(words).not.toContain('the');
  });
});
