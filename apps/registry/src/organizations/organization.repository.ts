import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Organization } from './organization.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The only place that queries `organization`. */
@Injectable()
export class OrganizationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, organization: Organization): Promise<void> {
    await manager.insert(Organization, organization);
  }

  async save(manager: EntityManager, organization: Organization): Promise<void> {
    await manager.save(Organization, organization);
  }

  async slugTaken(manager: EntityManager, slug: string): Promise<boolean> {
    return manager.exists(Organization, { where: { slug } });
  }

  /** The row, locked until the caller's transaction ends, so concurrent updates take turns. */
  async lockById(manager: EntityManager, id: string): Promise<Organization | null> {
    return manager.findOne(Organization, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async findByIdOrSlug(idOrSlug: string): Promise<Organization | null> {
    const repo = this.dataSource.getRepository(Organization);
    return UUID.test(idOrSlug) ? repo.findOneBy({ id: idOrSlug }) : repo.findOneBy({ slug: idOrSlug });
  }

  async findAll(): Promise<Organization[]> {
    return this.dataSource.getRepository(Organization).find({ order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Changes whenever an organization is created or updated; cheap enough to ask often. */
  async changeStamp(): Promise<string> {
    const [row] = await this.dataSource.query<Array<{ n: number; latest: Date | null }>>(
      `SELECT count(*)::int AS n, max(updated_at) AS latest FROM organization`,
    );
    return `${row.n}@${row.latest?.toISOString() ?? ''}`;
  }

  async count(): Promise<number> {
    return this.dataSource.getRepository(Organization).count();
  }
}
