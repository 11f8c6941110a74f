import { unsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token.js';

describe('unsubscribe tokens', () => {
  const id = '0193a1b2-0000-7000-8000-000000000001';

  it('verifies a token signed with the same secret', () => {
    expect(verifyUnsubscribeToken(unsubscribeToken(id, 'secret-1'), 'secret-1')).toBe(id);
  });

  it('refuses another secret, another id and tampering', () => {
    const token = unsubscribeToken(id, 'secret-1');
    expect(verifyUnsubscribeToken(token, 'secret-2')).toBeNull();
    expect(verifyUnsubscribeToken(token.replace('0001.', '0002.'), 'secret-1')).toBeNull();
    expect(verifyUnsubscribeToken(`${token.slice(0, -1)}A`, 'secret-1')).toBeNull();
    expect(verifyUnsubscribeToken('no-dot', 'secret-1')).toBeNull();
  });
});
