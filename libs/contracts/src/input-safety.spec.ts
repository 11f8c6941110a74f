import { MAX_INPUT_DEPTH, unsafeInput } from './input-safety.js';

describe('unsafe input', () => {
  const nested = (depth: number): unknown => {
    let value: unknown = 'leaf';
    for (let i = 0; i < depth; i++) value = { a: value };
    return value;
  };

  it('accepts ordinary input, nested boundaries and every plane of Unicode', () => {
    expect(unsafeInput({ title: 'Café 🚲 ☕', boundary: { type: 'Polygon', coordinates: [[[-122.6, 45.5], [-122.5, 45.5], [-122.6, 45.6], [-122.6, 45.5]]] } })).toBeNull();
    expect(unsafeInput(nested(MAX_INPUT_DEPTH))).toBeNull();
    expect(unsafeInput(null)).toBeNull();
    expect(unsafeInput([1, true, null, 'x'])).toBeNull();
  });

  it('names a NUL character in text, a key or a list item with its path', () => {
    expect(unsafeInput({ title: 'a\u0000b' })).toEqual({ field: 'title', rule: 'noNul', message: 'title must not contain NUL characters (U+0000)' });
    expect(unsafeInput({ comments: [{ text: 'ok' }, { text: '\u0000' }] })).toMatchObject({ field: 'comments.1.text', rule: 'noNul' });
    expect(unsafeInput({ audience: { ['ke\u0000y']: 1 } })).toMatchObject({ field: 'audience.ke\\u0000y', rule: 'noNul' });
    expect(unsafeInput('a\u0000', 'idOrSlug')).toMatchObject({ field: 'idOrSlug', rule: 'noNul' });
    expect(unsafeInput('\u0000')).toMatchObject({ field: 'body', rule: 'noNul' });
  });

  it('names the line of a text of several lines that carries one', () => {
    expect(unsafeInput('comment\nfine\nnul\u0000here')?.message).toBe('body must not contain NUL characters (U+0000); the first is on line 3');
    expect(unsafeInput('a\n\udc00')?.message).toMatch(/lone surrogate, .*; the first is on line 2$/);
  });

  it('names a lone surrogate, which UTF-8 cannot carry, and keeps a pair', () => {
    expect(unsafeInput({ name: 'x\uD800' })).toMatchObject({ field: 'name', rule: 'isUtf8' });
    expect(unsafeInput({ name: '\uDC00x' })).toMatchObject({ field: 'name', rule: 'isUtf8' });
    expect(unsafeInput({ name: '\uD83D\uDEB2' })).toBeNull();
  });

  it('refuses nesting deeper than the limit, naming where it went too deep, without recursing further', () => {
    expect(unsafeInput(nested(MAX_INPUT_DEPTH + 1))).toMatchObject({ field: Array(MAX_INPUT_DEPTH).fill('a').join('.'), rule: 'maxDepth' });
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)) as unknown;
    expect(unsafeInput(deep)).toMatchObject({ rule: 'maxDepth' });
  });

  it('refuses prototype keys, which JSON.parse keeps as own properties', () => {
    expect(unsafeInput(JSON.parse('{"title":"x","__proto__":{"admin":true}}'))).toEqual({
      field: '__proto__',
      rule: 'forbidden',
      message: '__proto__ is not allowed as a property name',
    });
    expect(unsafeInput({ location: JSON.parse('{"constructor":{"prototype":{}}}') as unknown })).toMatchObject({ field: 'location.constructor', rule: 'forbidden' });
  });
});
