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

  async slugTaken(manager: EntityManager, slug: string): Promise<boolean> {
    return manager.exists(Organization, { where: { slug } });
  }

  async findByIdOrSlug(idOrSlug: string): Promise<Organization | null> {
    const repo = this.dataSource.getRepository(Organization);
    return UUID.test(idOrSlug) ? repo.findOneBy({ id: idOrSlug }) : repo.findOneBy({ slug: idOrSlug });
  }
}
