import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { synthesizeThemes, type CommentText } from './theme-synthesis.js';
import { assignToGivenThemes, scoreAgainstThemes, argmax } from './theme-assignment.js';
import { analyzeText } from './text-analysis.js';

const fixture = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/feedback/three-themes.json'), 'utf8')) as { themes: Record<string, string[]> };
const comments: (CommentText & { truth: string })[] = Object.entries(fixture.themes).flatMap(([truth, texts]) =>
  texts.map((text, i) => ({ id: `${truth}-${i}`, text, truth })),
);

describe('analyzeText', () => {
  it('keeps lemmas of content words and drops stop words and redaction placeholders', () => {
    const analyzed = analyzeText('The buses were running late again, call [phone]');
    expect(analyzed.terms).toEqual(expect.arrayContaining(['bus', 'run', 'late']));
    expect(analyzed.terms).not.toContain('the');
    expect(analyzed.terms).not.toContain('phone');
  });

  it('scores sentiment', () => {
    expect(analyzeText('The new park is wonderful, thank you!').sentiment).toBeGreaterThan(0);
    expect(analyzeText('The bus is terrible and dirty, awful service.').sentiment).toBeLessThan(0);
  });
});

describe('synthesizeThemes', () => {
  const synthesis = synthesizeThemes(comments);

  it('finds the three subjects without being told how many', () => {
    expect(synthesis.method.themeCount).toBe(3);
    expect(synthesis.themes).toHaveLength(3);
    for (const theme of synthesis.themes) {
      const truths = new Set(theme.members.map((m) => m.commentId.split('-')[0]));
      expect(truths.size).toBe(1);
      expect(theme.size).toBeGreaterThanOrEqual(8);
    }
  });

  it('labels themes with their keyphrases and quotes their most central comments', () => {
    const labels = synthesis.themes.map((t) => t.keyphrases.slice(0, 3).join(' '));
    expect(labels.some((l) => l.includes('parking'))).toBe(true);
    expect(labels.some((l) => /tree/.test(l))).toBe(true);
    expect(labels.some((l) => /bus/.test(l))).toBe(true);
    for (const theme of synthesis.themes) {
      expect(theme.quotes.length).toBeGreaterThanOrEqual(3);
      expect(theme.quotes.length).toBeLessThanOrEqual(5);
      expect(theme.quotes[0].commentId).toBe(theme.members[0].commentId);
      const confidences = theme.members.map((m) => m.confidence);
      expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
      expect(theme.sentiment.positive + theme.sentiment.neutral + theme.sentiment.negative).toBeCloseTo(1, 2);
    }
  });

  it('puts a comment that fits no theme in other', () => {
    const withStray = [...comments, { id: 'stray', text: 'Quarterly budget hearings should be streamed online with captions.', truth: 'none' }];
    const result = synthesizeThemes(withStray);
    expect(result.other.map((o) => o.commentId)).toContain('stray');
  });

  it('is deterministic for the same input', () => {
    expect(synthesizeThemes(comments)).toEqual(synthesis);
  });

  it('leaves too few comments in other instead of inventing themes', () => {
    const result = synthesizeThemes(comments.slice(0, 3));
    expect(result.themes).toEqual([]);
    expect(result.other).toHaveLength(3);
  });
});

describe('assignment to staff-given themes', () => {
  const given = [{ label: 'Bus service and transit' }, { label: 'Street trees and shade' }, { label: 'Parking downtown' }];
  const expected: Record<string, number> = { buses: 0, trees: 1, parking: 2 };

  it('scores each comment highest against its own theme', () => {
    const scores = scoreAgainstThemes(comments, given);
    const correct = comments.filter((c, i) => argmax(scores[i]) === expected[c.truth]).length;
    expect(correct / comments.length).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps staff labels and order, and every theme even when nothing fits it', () => {
    const result = assignToGivenThemes(comments, [...given, { label: 'Library opening hours' }]);
    expect(result.themes.map((t) => t.label)).toEqual([...given.map((g) => g.label), 'Library opening hours']);
    expect(result.method.chosenBy).toBe('given by staff');
    const buses = result.themes[0].members.map((m) => m.commentId);
    expect(buses.filter((id) => id.startsWith('buses')).length).toBeGreaterThanOrEqual(9);
  });
});
