import { inCommentsArray, repeatedExternalIds, type CommentLocator } from './comment-intake.js';

describe('repeatedExternalIds', () => {
  it('names every repeat after the first, and where the first is', () => {
    const inputs = [{ externalId: 'a' }, {}, { externalId: 'b' }, { externalId: 'a' }, { externalId: 'a' }];
    const problems = repeatedExternalIds(inputs, inCommentsArray);
    expect(problems.map((p) => [p.index, p.field])).toEqual([
      [3, 'externalId'],
      [4, 'externalId'],
    ]);
    expect(problems[0].message).toBe('externalId "a" is given twice in one batch (also comments.0); each comment needs its own');
  });

  it('finds nothing in a batch whose externalIds differ or are absent', () => {
    expect(repeatedExternalIds([{ externalId: 'a' }, { externalId: 'A' }, {}, {}], inCommentsArray)).toEqual([]);
  });

  it('speaks of CSV rows with a row locator', () => {
    const rows: CommentLocator = { item: (i) => `row ${i + 1}`, field: (i, name) => `row ${i + 1}.${name}` };
    expect(repeatedExternalIds([{ externalId: 'r' }, { externalId: 'r' }], rows)).toEqual([
      { index: 1, field: 'externalId', message: 'externalId "r" is given twice in one batch (also row 1); each comment needs its own' },
    ]);
  });
});
