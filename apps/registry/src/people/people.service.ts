import { Injectable } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  fieldError,
  type CreateMembershipRequest,
  type CreatePersonRequest,
  type EndMembershipRequest,
  type GetPersonRequest,
  type MembershipRecord,
  type OrganizationMember,
  type OrganizationPeopleRequest,
  type PersonRecord,
  type PopoloExport,
  type PopoloExportRequest,
} from '#libs/contracts';
import { badRequest } from '#libs/messaging';
import type { Organization } from '../organizations/organization.entity.js';
import { OrganizationRepository } from '../organizations/organization.repository.js';
import { OrganizationService, toRecord } from '../organizations/organization.service.js';
import { Membership } from './membership.entity.js';
import { MembershipRepository } from './membership.repository.js';
import { Person } from './person.entity.js';
import { PersonRepository } from './person.repository.js';
import { popoloExport } from './popolo.js';

/** Contacts leave the registry only for staff; everyone else sees names and roles. */
function personRecord(p: Person, includeContacts: boolean): PersonRecord {
  return includeContacts ? { id: p.id, name: p.name, email: p.email, phone: p.phone } : { id: p.id, name: p.name };
}

function membershipRecord(m: Membership): MembershipRecord {
  return { id: m.id, personId: m.personId, organizationId: m.organizationId, role: m.role, startDate: m.startDate, endDate: m.endDate };
}

function invalid(field: string, rule: string, message: string): RpcException {
  return badRequest([fieldError(field, rule, message)]);
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Contact people and their memberships. People publish no events: their contacts are personal
 * data, and other services need only organizations.
 */
@Injectable()
export class PeopleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly people: PersonRepository,
    private readonly memberships: MembershipRepository,
    private readonly organizations: OrganizationRepository,
    private readonly organizationService: OrganizationService,
  ) {}

  async createPerson(request: CreatePersonRequest): Promise<PersonRecord> {
    const person = Object.assign(new Person(), {
      id: uuidv7(),
      name: request.name,
      email: request.email ?? null,
      phone: request.phone ?? null,
      createdAt: new Date(),
    } satisfies Person);
    await this.dataSource.transaction((manager) => this.people.insert(manager, person));
    return personRecord(person, true);
  }

  async getPerson(request: GetPersonRequest): Promise<PersonRecord> {
    const person = await this.people.findById(request.id);
    if (!person) throw new RpcException({ status: 404, message: `no person has id "${request.id}"` });
    return personRecord(person, request.includeContacts);
  }

  async createMembership(request: CreateMembershipRequest): Promise<MembershipRecord> {
    const organization = await this.organizationOf(request.organization);
    if (!(await this.people.findById(request.personId))) throw invalid('personId', 'isKnownPerson', `no person has id "${request.personId}"`);
    if (request.startDate && request.endDate && request.endDate < request.startDate) throw invalid('endDate', 'isNotBefore', 'endDate must not be before startDate');
    const membership = Object.assign(new Membership(), {
      id: uuidv7(),
      personId: request.personId,
      organizationId: organization.id,
      role: request.role,
      startDate: request.startDate ?? null,
      endDate: request.endDate ?? null,
      createdAt: new Date(),
    } satisfies Membership);
    await this.dataSource.transaction((manager) => this.memberships.insert(manager, membership));
    return membershipRecord(membership);
  }

  async endMembership(request: EndMembershipRequest): Promise<MembershipRecord> {
    return this.dataSource.transaction(async (manager) => {
      const membership = await this.memberships.lockById(manager, request.id);
      if (!membership) throw new RpcException({ status: 404, message: `no membership has id "${request.id}"` });
      if (membership.startDate && request.endDate < membership.startDate) throw invalid('endDate', 'isNotBefore', `endDate must not be before the start, ${membership.startDate}`);
      membership.endDate = request.endDate;
      await this.memberships.save(manager, membership);
      return membershipRecord(membership);
    });
  }

  async organizationPeople(request: OrganizationPeopleRequest): Promise<OrganizationMember[]> {
    const organization = await this.organizationOf(request.idOrSlug);
    const memberships = await this.memberships.ofOrganization(organization.id, request.includeEnded ?? false, today());
    const people = new Map((await this.people.findByIds([...new Set(memberships.map((m) => m.personId))])).map((p) => [p.id, p]));
    return memberships.map((m) => ({ person: personRecord(people.get(m.personId)!, request.includeContacts), membership: membershipRecord(m) }));
  }

  async popolo(request: PopoloExportRequest): Promise<PopoloExport> {
    const { includeContacts, ...filter } = request;
    const organizations = await this.organizationService.matching(filter);
    const memberships = await this.memberships.ofOrganizations(organizations.map((o) => o.id));
    const people = await this.people.findByIds([...new Set(memberships.map((m) => m.personId))]);
    return popoloExport(
      organizations.map((o) => ({ ...toRecord(o), boundary: undefined })),
      people.map((p) => personRecord(p, includeContacts)),
      memberships.map(membershipRecord),
    );
  }

  private async organizationOf(idOrSlug: string): Promise<Organization> {
    const organization = await this.organizations.findByIdOrSlug(idOrSlug);
    if (!organization) throw new RpcException({ status: 404, message: `no organization has id or slug "${idOrSlug}"` });
    return organization;
  }
}
