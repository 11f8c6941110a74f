import { ASSIGNMENT_PARTS, argmax, assignmentFeatures, assignmentWords, matchWords, matchWordsToSentences, partWeightsFrom, scoreAgainstThemes } from './theme-assignment.js';

// Hand-made unit word vectors: "prejudice" and "racism" are close, "weather" is far from both.
const vectors = new Map<string, number[]>([
  ['prejudice', [1, 0, 0]],
  ['racism', [0.8, 0.6, 0]],
  ['weather', [0, 0, 1]],
  ['rain', [0, 0.6, 0.8]],
]);

describe('word-by-word matching', () => {
  it('scores a comment higher against the theme whose words mean what its words mean, in both directions', () => {
    const { themeToComment, commentToTheme } = matchWords([['racism']], [['prejudice'], ['weather']], vectors);
    for (const [row] of [themeToComment, commentToTheme]) {
      expect(row[0]).toBeGreaterThan(row[1]);
      expect(row[0]).toBeCloseTo(0.8, 10);
    }
  });

  it('matches the same word fully and a word without an embedding only to itself', () => {
    const { themeToComment } = matchWords([['prejudice'], ['bigotry']], [['prejudice']], vectors);
    expect(themeToComment[0][0]).toBeCloseTo(1, 10);
    expect(themeToComment[1][0]).toBe(0);
    expect(matchWords([['bigotry']], [['bigotry']], vectors).commentToTheme[0][0]).toBeCloseTo(1, 10);
  });

  it('weighs rare words above words every comment uses', () => {
    // "weather" is in every comment, so matching "rain" (rare) counts for more than matching "weather".
    const comments = [['weather', 'rain'], ['weather'], ['weather']];
    const [rainy] = matchWords(comments, [['weather', 'prejudice'], ['rain', 'prejudice']], vectors).themeToComment;
    expect(rainy[1]).toBeGreaterThan(rainy[0]);
  });

  it('tells the directions apart: every theme word found in a longer comment, not every comment word in the theme', () => {
    const { themeToComment, commentToTheme } = matchWords([['prejudice', 'weather']], [['prejudice']], vectors);
    expect(themeToComment[0][0]).toBeCloseTo(1, 10);
    expect(commentToTheme[0][0]).toBeLessThan(1);
  });

  it('gives zero to a theme or comment without words', () => {
    expect(matchWords([[]], [['prejudice'], []], vectors)).toEqual({ themeToComment: [[0, 0]], commentToTheme: [[0, 0]] });
  });
});

describe('word against sentence matching', () => {
  const embeddings = { comments: [[1, 0, 0]], themes: [[0, 0, 1], [1, 0, 0]], words: vectors, gloveWords: vectors };

  it('scores the words of each side against the sentence embedding of the other', () => {
    const { themeToComment, commentToTheme } = matchWordsToSentences([['racism']], [['weather'], ['prejudice']], embeddings);
    expect(themeToComment[0][0]).toBeCloseTo(0, 10);
    expect(themeToComment[0][1]).toBeCloseTo(1, 10);
    expect(commentToTheme[0][0]).toBeCloseTo(0, 10);
    expect(commentToTheme[0][1]).toBeCloseTo(0.8, 10);
  });

  it('counts a word without an embedding as unrelated', () => {
    const { commentToTheme } = matchWordsToSentences([['prejudice', 'bigotry']], [['prejudice']], { ...embeddings, themes: [[1, 0, 0]] });
    expect(commentToTheme[0][0]).toBeCloseTo(0.5, 10);
  });
});

describe('scoreAgainstThemes with embeddings', () => {
  // Comments that share no word with their theme; sentence and word embeddings put each near its theme.
  const themes = [{ label: 'prejudice' }, { label: 'weather' }];
  const comments = ['racism hurts', 'racism everywhere', 'racism again', 'rain today', 'rain tomorrow', 'rain again'].map((text, i) => ({ id: `c${i}`, text }));
  const words = new Map<string, number[]>([...vectors, ['hurt', [0, 1, 0]], ['everywhere', [0, 1, 0]], ['today', [0, 1, 0]], ['tomorrow', [0, 1, 0]]]);
  const sentence = (text: string) => (text.startsWith('racism') ? [0.9, 0.436, 0] : [0, 0.436, 0.9]);
  const embeddings = { comments: comments.map((c) => sentence(c.text)), themes: [[1, 0, 0], [0, 0, 1]], words, gloveWords: words };

  it('places every comment with the theme it means, the same each time', () => {
    const scores = scoreAgainstThemes(comments, themes, {}, embeddings);
    expect(scores.map(argmax)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(scoreAgainstThemes(comments, themes, {}, embeddings)).toEqual(scores);
  });

  it('gives the weight fit the inputs the score weighs: each score is its features times the weights', () => {
    const vector = [...ASSIGNMENT_PARTS.map((_, p) => 1 - p / 10), ...ASSIGNMENT_PARTS.map((_, p) => (p % 3 === 0 ? -0.5 : 0.25))];
    const weights = partWeightsFrom(vector);
    const scores = scoreAgainstThemes(comments, themes, { partWeights: weights }, embeddings);
    const features = assignmentFeatures(comments, themes, embeddings, { partWeights: weights });
    expect(features).toHaveLength(comments.length);
    features.forEach((row, i) =>
      row.forEach((x, t) => {
        expect(x).toHaveLength(vector.length);
        expect(x.reduce((s, v, j) => s + v * vector[j], 0)).toBeCloseTo(scores[i][t], 10);
      }),
    );
    expect(scoreAgainstThemes(comments, themes, {}, embeddings)).not.toEqual(scores);
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
