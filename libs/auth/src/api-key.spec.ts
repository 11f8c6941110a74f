import { generateApiKey, hashApiKey, parseApiKey, presentedApiKey, verifyApiKey } from './api-key.js';

describe('API keys', () => {
  it('generates distinct keys whose id can be read back from the key', () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a.key).toMatch(/^civic_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(a.key).not.toBe(b.key);
    expect(a.keyId).not.toBe(b.keyId);
    expect(parseApiKey(a.key)).toEqual({ keyId: a.keyId });
  });

  it('refuses anything that is not a whole key', () => {
    const { key } = generateApiKey();
    expect(parseApiKey('')).toBeNull();
    expect(parseApiKey(key.slice(0, -1))).toBeNull();
    expect(parseApiKey(`${key}x`)).toBeNull();
    expect(parseApiKey(` ${key}`)).toBeNull();
    expect(parseApiKey(key.replace('civic_', 'other_'))).toBeNull();
    expect(parseApiKey('civic_ABCDEF012345_' + 'a'.repeat(43))).toBeNull();
  });

  it('hashes to 64 hex characters, the same every time, different for different keys', () => {
    const { key } = generateApiKey();
    const hash = hashApiKey(key);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiKey(key)).toBe(hash);
    expect(hashApiKey(generateApiKey().key)).not.toBe(hash);
  });

  it('verifies the key it was hashed from and nothing else', () => {
    const { key } = generateApiKey();
    const other = generateApiKey().key;
    const stored = hashApiKey(key);
    expect(verifyApiKey(key, stored)).toBe(true);
    expect(verifyApiKey(other, stored)).toBe(false);
    expect(verifyApiKey(key, stored.slice(0, 32))).toBe(false);
    expect(verifyApiKey(key, '')).toBe(false);
  });

  it('reads the key from a Bearer authorization header, else from X-API-Key', () => {
    expect(presentedApiKey({ authorization: 'Bearer abc' })).toBe('abc');
    expect(presentedApiKey({ authorization: 'bearer   abc ' })).toBe('abc');
    expect(presentedApiKey({ 'x-api-key': ' abc ' })).toBe('abc');
    expect(presentedApiKey({ authorization: 'Bearer abc', 'x-api-key': 'def' })).toBe('abc');
    expect(presentedApiKey({ authorization: 'Basic dXNlcjpwdw==', 'x-api-key': 'def' })).toBe('def');
    expect(presentedApiKey({ authorization: 'Basic dXNlcjpwdw==' })).toBeUndefined();
    expect(presentedApiKey({ authorization: 'Bearer' })).toBeUndefined();
    expect(presentedApiKey({ 'x-api-key': '  ' })).toBeUndefined();
    expect(presentedApiKey({})).toBeUndefined();
  });
});
