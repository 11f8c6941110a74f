import { searchTextOf, searchWords } from './search-text.js';

describe('search text', () => {
  it('drops accents, case and punctuation', () => {
    expect(searchWords('Café  Montañés-Élan')).toEqual(['cafe', 'montanes', 'elan']);
  });

  it('anchors each word with a space and spells out abbreviations', () => {
    expect(searchTextOf('St. Johns')).toBe(' st saint johns');
    expect(searchTextOf('Mt. Tabor')).toBe(' mt mount tabor');
    expect(searchTextOf('Kenton')).toBe(' kenton');
  });
});
