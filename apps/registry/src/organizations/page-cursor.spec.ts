import { decodeCursor, encodeCursor } from './page-cursor.js';

describe('page cursor', () => {
  it('gives back the position it was made from', () => {
    const position = { name: 'Café Montañés', id: '0190a1b2-0000-7000-8000-000000000000' };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it('refuses what it did not make', () => {
    expect(decodeCursor('not-a-cursor')).toBeNull();
    expect(decodeCursor(Buffer.from('{"name":"x"}').toString('base64url'))).toBeNull();
  });
});
