import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Membership } from './membership.entity.js';

/** The only place that queries `membership`. */
@Injectable()
export class MembershipRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, membership: Membership): Promise<void> {
    await manager.insert(Membership, membership);
  }

  async save(manager: EntityManager, membership: Membership): Promise<void> {
    await manager.save(Membership, membership);
  }

  async lockById(manager: EntityManager, id: string): Promise<Membership | null> {
    return manager.findOne(Membership, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The memberships of one organization; current ones only unless `includeEnded`, as of `today` (YYYY-MM-DD). */
  async ofOrganization(organizationId: string, includeEnded: boolean, today: string): Promise<Membership[]> {
    const query = this.dataSource
      .getRepository(Membership)
      .createQueryBuilder('m')
      .where('m.organization_id = :organizationId', { organizationId })
      .orderBy('m.role', 'ASC')
      .addOrderBy('m.id', 'ASC');
    if (!includeEnded) query.andWhere('(m.end_date IS NULL OR m.end_date >= :today)', { today });
    return query.getMany();
  }

  async ofOrganizations(organizationIds: string[]): Promise<Membership[]> {
    if (organizationIds.length === 0) return [];
    return this.dataSource.getRepository(Membership).find({ where: { organizationId: In(organizationIds) }, order: { id: 'ASC' } });
  }
}
