import { Injectable, NotFoundException } from '@nestjs/common';
import { ApiKeyAuthenticator, generateApiKey, hashApiKey, parseApiKey, verifyApiKey, type KeyGrant, type Principal } from '#libs/auth';
import { ApiKey } from './api-key.entity.js';
import { ApiKeyRepository } from './api-key.repository.js';

export interface IssuedApiKey {
  /** The only time the key itself exists outside its holder's hands. */
  key: string;
  apiKey: ApiKey;
}

@Injectable()
export class ApiKeyService extends ApiKeyAuthenticator {
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
    const stored = await this.keys.findByKeyId(parsed.keyId);
    if (!stored || stored.revokedAt || !verifyApiKey(key, stored.keyHash)) return null;
    return { keyId: stored.keyId, role: stored.role, bureauCode: stored.bureauCode };
  }

  async revoke(keyId: string): Promise<void> {
    if (!(await this.keys.revoke(keyId))) throw new NotFoundException(`No API key has id "${keyId}".`);
  }
}
