import { parseCsv } from './csv.js';
import { slugify } from './slug.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and CRLF line ends', () => {
    expect(parseCsv('NAME,COALIT,notes\r\nARNOLD CREEK,SWNI,"Southwest, ""city-staffed"""\r\nKING,NECN,\r\n')).toEqual([
      { NAME: 'ARNOLD CREEK', COALIT: 'SWNI', notes: 'Southwest, "city-staffed"' },
      { NAME: 'KING', COALIT: 'NECN', notes: '' },
    ]);
  });
});

describe('slugify', () => {
  it('lower-cases, drops accents and apostrophes, and joins words with hyphens', () => {
    expect(slugify("Sullivan's Gulch")).toBe('sullivans-gulch');
    expect(slugify('Mt. Scott-Arleta')).toBe('mt-scott-arleta');
    expect(slugify('Portland Parks & Recreation')).toBe('portland-parks-recreation');
    expect(slugify('Café Élan  Association')).toBe('cafe-elan-association');
  });
});
