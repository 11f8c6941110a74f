import { Injectable } from '@nestjs/common';
import { RegistryQueries, type CreateOrganizationRequest, type GetOrganizationRequest, type OrganizationRecord } from '#libs/contracts';
import { QueryClient } from '#libs/messaging';

/** Organizations live in the registry; the gateway asks it and passes its answer (or refusal) on. */
@Injectable()
export class OrganizationsService {
  constructor(private readonly queries: QueryClient) {}

  create(request: CreateOrganizationRequest): Promise<OrganizationRecord> {
    return this.queries.ask<OrganizationRecord>(RegistryQueries.createOrganization, request);
  }

  get(request: GetOrganizationRequest): Promise<OrganizationRecord> {
    return this.queries.ask<OrganizationRecord>(RegistryQueries.getOrganization, request);
  }
}
