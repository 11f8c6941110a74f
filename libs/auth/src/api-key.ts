import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * An API key reads `civic_<keyId>_<secret>`: the key id is public and finds the stored row; the
 * 256-bit secret is never stored, only the SHA-256 of the whole key.
 */
const KEY_FORMAT = /^civic_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface GeneratedApiKey {
  keyId: string;
  /** The full key, shown once to whoever asked for it. */
  key: string;
}

export function generateApiKey(): GeneratedApiKey {
  const keyId = randomBytes(6).toString('hex');
  return { keyId, key: `civic_${keyId}_${randomBytes(32).toString('base64url')}` };
}

/** The key id of a well-formed key, or null for anything else. */
export function parseApiKey(key: string): { keyId: string } | null {
  const match = KEY_FORMAT.exec(key);
  return match ? { keyId: match[1] } : null;
}

/** Hex SHA-256 of the key; a fast hash is enough because the secret has 256 bits of entropy. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Compares in constant time so a caller cannot learn the stored hash byte by byte. */
export function verifyApiKey(key: string, storedHash: string): boolean {
  const presented = Buffer.from(hashApiKey(key), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === presented.length && timingSafeEqual(presented, stored);
}

/** The key a request presents: `Authorization: Bearer <key>`, else `X-API-Key: <key>`. */
export function presentedApiKey(headers: Record<string, string | string[] | undefined>): string | undefined {
  const authorization = single(headers.authorization);
  const bearer = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] : undefined;
  const headerKey = single(headers['x-api-key'])?.trim();
  return bearer ?? (headerKey || undefined);
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value || undefined;
}
