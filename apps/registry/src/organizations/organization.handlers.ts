import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ArchiveOrganizationRequest,
  CreateOrganizationRequest,
  GetOrganizationRequest,
  ListOrganizationsRequest,
  OrganizationFilter,
  RegistryQueries,
  UpdateOrganizationRequest,
  type OrganizationFeatureCollection,
  type OrganizationPage,
  type OrganizationRecord,
} from '#libs/contracts';
import { validatedQuery } from '#libs/messaging';
import { OrganizationService } from './organization.service.js';

/** Request/reply handlers the gateway and other services call. */
@Controller()
export class OrganizationHandlers {
  constructor(private readonly organizations: OrganizationService) {}

  @MessagePattern(RegistryQueries.createOrganization)
  async create(@Payload() body: unknown): Promise<OrganizationRecord> {
    return this.organizations.create(await validatedQuery(CreateOrganizationRequest, body));
  }

  @MessagePattern(RegistryQueries.getOrganization)
  async get(@Payload() body: unknown): Promise<OrganizationRecord> {
    return this.organizations.get((await validatedQuery(GetOrganizationRequest, body)).idOrSlug);
  }

  @MessagePattern(RegistryQueries.listOrganizations)
  async list(@Payload() body: unknown): Promise<OrganizationPage> {
    return this.organizations.list(await validatedQuery(ListOrganizationsRequest, body));
  }

  @MessagePattern(RegistryQueries.mapOrganizations)
  async map(@Payload() body: unknown): Promise<OrganizationFeatureCollection> {
    return this.organizations.map(await validatedQuery(OrganizationFilter, body));
  }

  @MessagePattern(RegistryQueries.updateOrganization)
  async update(@Payload() body: unknown): Promise<OrganizationRecord> {
    return this.organizations.updateSeen(await validatedQuery(UpdateOrganizationRequest, body));
  }

  @MessagePattern(RegistryQueries.archiveOrganization)
  async archive(@Payload() body: unknown): Promise<OrganizationRecord> {
    return this.organizations.archive(await validatedQuery(ArchiveOrganizationRequest, body));
  }
}
