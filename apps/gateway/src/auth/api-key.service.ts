import { Injectable, NotFoundException } from '@nestjs/common';
import { ApiKeyAuthenticator, generateApiKey, hashApiKey, parseApiKey, verifyApiKey, type KeyGrant, type Principal } from '#libs/auth';
import { ApiKey } from './api-key.entity.js';
import { ApiKeyRepository } from './api-key.repository.js';

export interface IssuedApiKey {
  /** The only time the key itself exists outside its holder's hands. */
  key: string;
  apiKey: ApiKey;
}

/**
 * How long a replica trusts a key row it has read. Every request would otherwise query the
 * database; a revocation made on another replica takes effect there within this time.
 */
const KEY_CACHE_MS = 5000;

@Injectable()
export class ApiKeyService extends ApiKeyAuthenticator {
  private readonly recent = new Map<string, { key: ApiKey | null; readAt: number }>();

  constructor(private readonly keys: ApiKeyRepository) {
    super();
  }

  /** Stores a new key for the grant, already checked with `grantProblem`. */
  async issue(grant: KeyGrant): Promise<IssuedApiKey> {
    const { keyId, key } = generateApiKey();
    const apiKey = Object.assign(new ApiKey(), {
      keyId,
      keyHash: hashApiKey(key),
      role: grant.role,
      bureauCode: grant.bureauCode,
      label: grant.label,
      createdAt: new Date(),
      revokedAt: null,
    } satisfies ApiKey);
    await this.keys.insert(apiKey);
    return { key, apiKey };
  }

  async authenticate(key: string): Promise<Principal | null> {
    const parsed = parseApiKey(key);
    if (!parsed) return null;
    const stored = await this.stored(parsed.keyId);
    if (!stored || stored.revokedAt || !verifyApiKey(key, stored.keyHash)) return null;
    return { keyId: stored.keyId, role: stored.role, bureauCode: stored.bureauCode };
  }

  async revoke(keyId: string): Promise<void> {
    this.recent.delete(keyId);
    if (!(await this.keys.revoke(keyId))) throw new NotFoundException(`No API key has id "${keyId}".`);
  }

  private async stored(keyId: string): Promise<ApiKey | null> {
    const now = Date.now();
    const cached = this.recent.get(keyId);
    if (cached && now - cached.readAt < KEY_CACHE_MS) return cached.key;
    const key = await this.keys.findByKeyId(keyId);
    // Unknown ids are not remembered, so guessing ids cannot grow the map.
    if (key) this.recent.set(keyId, { key, readAt: now });
    else this.recent.delete(keyId);
    return key;
  }
}
