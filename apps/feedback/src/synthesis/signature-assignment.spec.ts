import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { synthesizeThemes } from './theme-synthesis.js';
import { assignToSignatures, describeUnassigned } from './signature-assignment.js';

const fixture = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/feedback/three-themes.json'), 'utf8')) as { themes: Record<string, string[]> };
const comments = Object.entries(fixture.themes).flatMap(([truth, texts]) => texts.map((text, i) => ({ id: `${truth}-${i}`, text })));

describe('assignToSignatures', () => {
  const synthesis = synthesizeThemes(comments);
  const themes = synthesis.themes.map((t, key) => ({ key, signature: t.signature }));
  const themeOf = (subject: string) => synthesis.themes.findIndex((t) => t.members.some((m) => m.commentId.startsWith(subject)));

  it('places later comments on the theme they belong to', () => {
    const later = [
      { id: 'n1', text: 'Parking near the library is impossible in the evening.' },
      { id: 'n2', text: 'The bus on route 12 is late again and the stop has no shelter.' },
      { id: 'n3', text: 'Plant shade trees on our street before next summer.' },
    ];
    const placed = assignToSignatures(later, themes, synthesis.idf);
    expect(placed.map((p) => p.themeKey)).toEqual([themeOf('parking'), themeOf('buses'), themeOf('trees')]);
    expect(placed.every((p) => p.confidence > 0.15)).toBe(true);
  });

  it('leaves a comment about something else unassigned', () => {
    const [placed] = assignToSignatures([{ id: 'x', text: 'Library opening hours should include Sunday afternoons.' }], themes, synthesis.idf);
    expect(placed.themeKey).toBeNull();
  });
});

describe('describeUnassigned', () => {
  it('names what the unassigned comments share', () => {
    const unassigned = [
      { id: 'a', text: 'Library opening hours should include Sunday.' },
      { id: 'b', text: 'Open the library on Sunday mornings for families.' },
      { id: 'c', text: 'Longer library hours would help students.' },
    ];
    const described = describeUnassigned(unassigned, {});
    expect(described.keyphrases[0]).toBe('library');
    expect(described.sampleQuotes).toHaveLength(3);
  });
});
