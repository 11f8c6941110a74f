import { Injectable } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { Events, type CreateOrganizationRequest, type OrganizationRecord } from '#libs/contracts';
import { Outbox } from '#libs/messaging';
import { defaultOcdId } from './ocd-id.js';
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
    boundary: o.boundary,
    representativePoint: o.representativePoint,
    languages: o.languages,
    website: o.website,
    publicEmail: o.publicEmail,
    meetingSchedule: o.meetingSchedule,
    serviceArea: o.serviceArea,
    version: o.version,
    updatedAt: o.updatedAt.toISOString(),
  };
}

/** What describes an organization, as opposed to its identity, status and bookkeeping. */
export type OrganizationDetails = Omit<Organization, 'id' | 'status' | 'version' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class OrganizationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationRepository,
    private readonly outbox: Outbox,
  ) {}

  async create(request: CreateOrganizationRequest): Promise<OrganizationRecord> {
    return this.createFrom({
      slug: request.slug,
      ocdId: request.ocdId ?? defaultOcdId(request.kind, request.slug),
      kind: request.kind,
      name: request.name,
      parentId: request.parentId ?? null,
      councilDistricts: request.councilDistricts ?? [],
      bureauCode: request.bureauCode ?? null,
      boundary: null,
      representativePoint: null,
      languages: [],
      website: null,
      publicEmail: null,
      meetingSchedule: null,
      serviceArea: null,
    });
  }

  /** Creates the organization and its `organization.created` event in one transaction. */
  async createFrom(details: OrganizationDetails): Promise<OrganizationRecord> {
    return this.dataSource.transaction(async (manager) => {
      if (await this.organizations.slugTaken(manager, details.slug)) {
        throw new RpcException({ status: 409, message: `slug "${details.slug}" is already used by another organization` });
      }
      const now = new Date();
      const organization = Object.assign(new Organization(), {
        ...details,
        id: uuidv7(),
        status: 'active',
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

  /** Applies changes as the next version, with its `organization.updated` event, in one transaction. */
  async update(id: string, changes: Partial<OrganizationDetails>): Promise<OrganizationRecord> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.organizations.lockById(manager, id);
      if (!current) throw new RpcException({ status: 404, message: `no organization has id "${id}"` });
      if (changes.slug !== undefined && changes.slug !== current.slug && (await this.organizations.slugTaken(manager, changes.slug))) {
        throw new RpcException({ status: 409, message: `slug "${changes.slug}" is already used by another organization` });
      }
      const organization = Object.assign(current, changes, { version: current.version + 1, updatedAt: new Date() });
      await this.organizations.save(manager, organization);
      const record = toRecord(organization);
      await this.outbox.publish(manager, { contract: Events.OrganizationUpdated, aggregateId: organization.id, data: { organization: record } });
      return record;
    });
  }

  async get(idOrSlug: string): Promise<OrganizationRecord> {
    const found = await this.organizations.findByIdOrSlug(idOrSlug);
    if (!found) throw new RpcException({ status: 404, message: `no organization has id or slug "${idOrSlug}"` });
    return toRecord(found);
  }

  async all(): Promise<Organization[]> {
    return this.organizations.findAll();
  }

  async isEmpty(): Promise<boolean> {
    return (await this.organizations.count()) === 0;
  }
}
