import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CreateMembershipRequest,
  CreatePersonRequest,
  EndMembershipRequest,
  GetPersonRequest,
  OrganizationPeopleRequest,
  PopoloExportRequest,
  RegistryQueries,
  type MembershipRecord,
  type OrganizationMember,
  type PersonRecord,
  type PopoloExport,
} from '#libs/contracts';
import { validatedQuery } from '#libs/messaging';
import { PeopleService } from './people.service.js';

/** Request/reply handlers for contact people, memberships and the Popolo export. */
@Controller()
export class PeopleHandlers {
  constructor(private readonly people: PeopleService) {}

  @MessagePattern(RegistryQueries.createPerson)
  async createPerson(@Payload() body: unknown): Promise<PersonRecord> {
    return this.people.createPerson(await validatedQuery(CreatePersonRequest, body));
  }

  @MessagePattern(RegistryQueries.getPerson)
  async getPerson(@Payload() body: unknown): Promise<PersonRecord> {
    return this.people.getPerson(await validatedQuery(GetPersonRequest, body));
  }

  @MessagePattern(RegistryQueries.createMembership)
  async createMembership(@Payload() body: unknown): Promise<MembershipRecord> {
    return this.people.createMembership(await validatedQuery(CreateMembershipRequest, body));
  }

  @MessagePattern(RegistryQueries.endMembership)
  async endMembership(@Payload() body: unknown): Promise<MembershipRecord> {
    return this.people.endMembership(await validatedQuery(EndMembershipRequest, body));
  }

  @MessagePattern(RegistryQueries.organizationPeople)
  async organizationPeople(@Payload() body: unknown): Promise<OrganizationMember[]> {
    return this.people.organizationPeople(await validatedQuery(OrganizationPeopleRequest, body));
  }

  @MessagePattern(RegistryQueries.popolo)
  async popolo(@Payload() body: unknown): Promise<PopoloExport> {
    return this.people.popolo(await validatedQuery(PopoloExportRequest, body));
  }
}
