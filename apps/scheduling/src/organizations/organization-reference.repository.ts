import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrganizationReference } from './organization-reference.entity.js';

/** The only place that queries `organization_reference`. */
@Injectable()
export class OrganizationReferenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Reads the copy under a row lock, so concurrent events for one organization apply one at a time. */
  async findForUpdate(manager: EntityManager, id: string): Promise<OrganizationReference | null> {
    return manager.findOne(OrganizationReference, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async save(manager: EntityManager, reference: OrganizationReference): Promise<void> {
    await manager.upsert(OrganizationReference, reference, ['id']);
  }

  async findById(id: string): Promise<OrganizationReference | null> {
    return this.dataSource.getRepository(OrganizationReference).findOneBy({ id });
  }

  async findAll(): Promise<OrganizationReference[]> {
    return this.dataSource.getRepository(OrganizationReference).find();
  }

  /** Changes whenever a copy is created or replaced; cheap enough to ask often. */
  async changeStamp(): Promise<string> {
    const [row] = await this.dataSource.query<Array<{ n: number; latest: number }>>(
      `SELECT count(*)::int AS n, coalesce(sum(version), 0)::int AS latest FROM organization_reference`,
    );
    return `${row.n}@${row.latest}`;
  }
}
