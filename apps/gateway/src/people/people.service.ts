import { Injectable } from '@nestjs/common';
import {
  RegistryQueries,
  type CreatePersonRequest,
  type MembershipDetails,
  type MembershipRecord,
  type OrganizationMember,
  type PersonRecord,
} from '#libs/contracts';
import { QueryClient } from '#libs/messaging';

/** Contact people live in the registry; the gateway tells it whether the caller may see contacts. */
@Injectable()
export class PeopleService {
  constructor(private readonly queries: QueryClient) {}

  create(request: CreatePersonRequest): Promise<PersonRecord> {
    return this.queries.ask<PersonRecord>(RegistryQueries.createPerson, request);
  }

  get(id: string, includeContacts: boolean): Promise<PersonRecord> {
    return this.queries.ask<PersonRecord>(RegistryQueries.getPerson, { id, includeContacts });
  }

  join(organization: string, details: MembershipDetails): Promise<MembershipRecord> {
    return this.queries.ask<MembershipRecord>(RegistryQueries.createMembership, { ...details, organization });
  }

  end(id: string, endDate: string): Promise<MembershipRecord> {
    return this.queries.ask<MembershipRecord>(RegistryQueries.endMembership, { id, endDate });
  }

  ofOrganization(idOrSlug: string, includeEnded: boolean, includeContacts: boolean): Promise<OrganizationMember[]> {
    return this.queries.ask<OrganizationMember[]>(RegistryQueries.organizationPeople, { idOrSlug, includeEnded, includeContacts });
  }
}
