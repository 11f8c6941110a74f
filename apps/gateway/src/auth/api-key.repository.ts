import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiKey } from './api-key.entity.js';

/** The only place that queries `api_key`. */
@Injectable()
export class ApiKeyRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(key: ApiKey): Promise<void> {
    await this.dataSource.getRepository(ApiKey).insert(key);
  }

  async findByKeyId(keyId: string): Promise<ApiKey | null> {
    return this.dataSource.getRepository(ApiKey).findOneBy({ keyId });
  }

  /** Marks the key revoked (keeping the first revocation time); false when no such key exists. */
  async revoke(keyId: string): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(ApiKey)
      .set({ revokedAt: () => 'coalesce(revoked_at, now())' })
      .where('key_id = :keyId', { keyId })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}
