import { Injectable } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { Events, type CreateOrganizationRequest, type OrganizationRecord } from '#libs/contracts';
import { Outbox } from '#libs/messaging';
import { Organization } from './organization.entity.js';
import { OrganizationRepository } from './organization.repository.js';

export function toRecord(o: Organization): OrganizationRecord {
  return {
    id: o.id,
    slug: o.slug,
    ocdId: o.ocdId,
    kind: o.kind,
    name: o.name,
    status: o.status,
    parentId: o.parentId,
    councilDistricts: o.councilDistricts,
    bureauCode: o.bureauCode,
    version: o.version,
    updatedAt: o.updatedAt.toISOString(),
  };
}

/** Default Open Civic Data style identifier for a new organization. */
export function defaultOcdId(kind: string, slug: string): string {
  return `ocd-organization/country:us/state:or/place:portland/${kind}:${slug}`;
}

@Injectable()
export class OrganizationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationRepository,
    private readonly outbox: Outbox,
  ) {}

  /** Creates the organization and its `organization.created` event in one transaction. */
  async create(request: CreateOrganizationRequest): Promise<OrganizationRecord> {
    return this.dataSource.transaction(async (manager) => {
      if (await this.organizations.slugTaken(manager, request.slug)) {
        throw new RpcException({ status: 409, message: `slug "${request.slug}" is already used by another organization` });
      }
      const now = new Date();
      const organization = Object.assign(new Organization(), {
        id: uuidv7(),
        slug: request.slug,
        ocdId: request.ocdId ?? defaultOcdId(request.kind, request.slug),
        kind: request.kind,
        name: request.name,
        status: 'active',
        parentId: request.parentId ?? null,
        councilDistricts: request.councilDistricts ?? [],
        bureauCode: request.bureauCode ?? null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      } satisfies Organization);
      await this.organizations.insert(manager, organization);
      const record = toRecord(organization);
      await this.outbox.publish(manager, { contract: Events.OrganizationCreated, aggregateId: organization.id, data: { organization: record } });
      return record;
    });
  }

  async get(idOrSlug: string): Promise<OrganizationRecord> {
    const found = await this.organizations.findByIdOrSlug(idOrSlug);
    if (!found) throw new RpcException({ status: 404, message: `no organization has id or slug "${idOrSlug}"` });
    return toRecord(found);
  }
}
