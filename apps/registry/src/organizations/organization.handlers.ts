import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CreateOrganizationRequest, GetOrganizationRequest, RegistryQueries, type OrganizationRecord } from '#libs/contracts';
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
}
