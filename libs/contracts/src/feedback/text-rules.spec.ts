import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CommentInput } from './comment.queries.js';
import { isDemographics } from './text-rules.js';

const problems = (plain: object) =>
  validateSync(plainToInstance(CommentInput, plain)).map((e) => ({ field: e.property, rules: Object.keys(e.constraints ?? {}) }));

describe('comment text rules', () => {
  it('refuses U+0000 in text, neighborhood and externalId, naming the field and the rule', () => {
    expect(problems({ text: 'fine\u0000not', neighborhood: 'Ken\u0000ton', externalId: 'r\u00001' })).toEqual([
      { field: 'text', rules: ['noNul'] },
      { field: 'neighborhood', rules: ['noNul'] },
      { field: 'externalId', rules: ['noNul'] },
    ]);
  });

  it('takes other control characters and any other text', () => {
    expect(problems({ text: 'tab\tand\u0001and 💬 and ñ', neighborhood: 'Kenton', externalId: 'r1' })).toEqual([]);
  });

  it('keeps demographics flat and free of U+0000', () => {
    expect(isDemographics({ age: '35-44', household: 3, renter: true, zip: null })).toBe(true);
    expect(isDemographics({ age: 'a\u0000' })).toBe(false);
    expect(isDemographics({ ['a\u0000']: 'b' })).toBe(false);
    expect(isDemographics({ nested: { deeper: 'x' } })).toBe(false);
    expect(isDemographics({ list: ['x'] })).toBe(false);
    expect(isDemographics({ n: Number.NaN })).toBe(false);
    expect(isDemographics([])).toBe(false);
    expect(problems({ text: 'fine', demographics: { age: { nested: true } } })).toEqual([{ field: 'demographics', rules: ['isDemographics'] }]);
    expect(problems({ text: 'fine', demographics: 'age 35' })).toEqual([{ field: 'demographics', rules: ['isDemographics', 'isObject'] }]);
  });
});
