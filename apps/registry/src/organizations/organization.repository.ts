import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { OrganizationFilter, OrganizationKind } from '#libs/contracts';
import { Organization } from './organization.entity.js';
import type { PagePosition } from './page-cursor.js';
import { searchWords } from './search-text.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The fields whose values no two organizations share, by the column of their unique constraint. */
const UNIQUE_COLUMNS = { slug: 'slug', ocd_id: 'ocdId' } as const;

/** A write that would give an organization the slug or ocdId another one holds (a concurrent twin got there first). */
export class ValueTakenError extends Error {
  constructor(
    readonly field: (typeof UNIQUE_COLUMNS)[keyof typeof UNIQUE_COLUMNS],
    readonly value: string,
  ) {
    super(`${field} "${value}" is already used by another organization`);
  }
}

/** Runs a write, turning Postgres's unique violation (23505) on slug or ocd_id into ValueTakenError. */
async function unique(organization: Organization, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (err) {
    const driver = err instanceof QueryFailedError ? (err.driverError as { code?: string; constraint?: string }) : undefined;
    const column = driver?.code === '23505' ? Object.keys(UNIQUE_COLUMNS).find((c) => driver.constraint === `organization_${c}_key`) : undefined;
    if (column) {
      const field = UNIQUE_COLUMNS[column as keyof typeof UNIQUE_COLUMNS];
      throw new ValueTakenError(field, organization[field]);
    }
    throw err;
  }
}

/** The only place that queries `organization`. */
@Injectable()
export class OrganizationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, organization: Organization): Promise<void> {
    await unique(organization, () => manager.insert(Organization, organization));
  }

  async save(manager: EntityManager, organization: Organization): Promise<void> {
    await unique(organization, () => manager.save(Organization, organization));
  }

  async slugTaken(manager: EntityManager, slug: string): Promise<boolean> {
    return manager.exists(Organization, { where: { slug } });
  }

  async ocdIdTaken(manager: EntityManager, ocdId: string): Promise<boolean> {
    return manager.exists(Organization, { where: { ocdId } });
  }

  /** The row, locked until the caller's transaction ends, so concurrent updates take turns. */
  async lockById(manager: EntityManager, id: string): Promise<Organization | null> {
    return manager.findOne(Organization, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async findByIdOrSlug(idOrSlug: string): Promise<Organization | null> {
    const repo = this.dataSource.getRepository(Organization);
    return UUID.test(idOrSlug) ? repo.findOneBy({ id: idOrSlug }) : repo.findOneBy({ slug: idOrSlug });
  }

  /** Up to `limit` organizations in name order, after the (name, id) that ended the previous page. */
  async page(filter: OrganizationFilter, after: PagePosition | null, limit: number): Promise<Organization[]> {
    const query = this.filtered(filter).orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC').limit(limit);
    if (after) query.andWhere('(o.name, o.id) > (:afterName, :afterId)', { afterName: after.name, afterId: after.id });
    return query.getMany();
  }

  async matching(filter: OrganizationFilter): Promise<Organization[]> {
    return this.filtered(filter).orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC').getMany();
  }

  private filtered(filter: OrganizationFilter): SelectQueryBuilder<Organization> {
    const query = this.dataSource.getRepository(Organization).createQueryBuilder('o');
    if (filter.kind) query.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.status) query.andWhere('o.status = :status', { status: filter.status });
    if (filter.councilDistrict) query.andWhere(':district = ANY(o.council_districts)', { district: filter.councilDistrict });
    if (filter.coalition) {
      const byId = UUID.test(filter.coalition) ? 'c.id = :coalition' : 'c.slug = :coalition';
      query.andWhere(`o.parent_id IN (SELECT c.id FROM organization c WHERE ${byId})`, { coalition: filter.coalition });
    }
    // Each word of the query starts a word of the name (search words hold letters and digits only).
    searchWords(filter.q ?? '').forEach((word, i) => query.andWhere(`o.search_text LIKE :word${i}`, { [`word${i}`]: `% ${word}%` }));
    return query;
  }

  async findByKind(kind: OrganizationKind): Promise<Organization[]> {
    return this.dataSource.getRepository(Organization).findBy({ kind });
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
