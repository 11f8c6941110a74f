import { Injectable } from '@nestjs/common';
import {
  RegistryQueries,
  type CreateOrganizationRequest,
  type GetOrganizationRequest,
  type ListOrganizationsRequest,
  type OrganizationChanges,
  type OrganizationFeatureCollection,
  type OrganizationFilter,
  type OrganizationPage,
  type OrganizationRecord,
  type ImportOrganizationsRequest,
  type ImportReport,
  type PopoloExport,
} from '#libs/contracts';
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

  list(request: ListOrganizationsRequest): Promise<OrganizationPage> {
    return this.queries.ask<OrganizationPage>(RegistryQueries.listOrganizations, request);
  }

  map(filter: OrganizationFilter): Promise<OrganizationFeatureCollection> {
    return this.queries.ask<OrganizationFeatureCollection>(RegistryQueries.mapOrganizations, filter);
  }

  popolo(filter: OrganizationFilter, includeContacts: boolean): Promise<PopoloExport> {
    return this.queries.ask<PopoloExport>(RegistryQueries.popolo, { ...filter, includeContacts });
  }

  import(request: ImportOrganizationsRequest): Promise<ImportReport> {
    return this.queries.ask<ImportReport>(RegistryQueries.importOrganizations, request);
  }

  update(idOrSlug: string, expectedVersion: number, changes: OrganizationChanges): Promise<OrganizationRecord> {
    return this.queries.ask<OrganizationRecord>(RegistryQueries.updateOrganization, { idOrSlug, expectedVersion, changes });
  }

  archive(idOrSlug: string, expectedVersion: number): Promise<OrganizationRecord> {
    return this.queries.ask<OrganizationRecord>(RegistryQueries.archiveOrganization, { idOrSlug, expectedVersion });
  }
}
