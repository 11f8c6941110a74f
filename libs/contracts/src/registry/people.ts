import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsInDateRange } from '../input-rules.js';
import { OrganizationFilter } from './organization.queries.js';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const PHONE = /^\+?[0-9][0-9 ().-]{5,24}$/;

/**
 * A contact person. Email and phone are personal data: the registry returns them only when the
 * caller is staff (coordinator or admin), and they never travel in events.
 */
export class PersonRecord {
  @IsUUID()
  id: string;

  @IsString()
  name: string;

  @IsOptional()
  @IsEmail()
  email?: string | null;

  @IsOptional()
  @IsString()
  phone?: string | null;
}

/** A person's role in an organization, from a start date to an end date (open when null). */
export class MembershipRecord {
  @IsUUID()
  id: string;

  @IsUUID()
  personId: string;

  @IsUUID()
  organizationId: string;

  @IsString()
  role: string;

  @IsOptional()
  @Matches(DATE)
  startDate: string | null;

  @IsOptional()
  @Matches(DATE)
  endDate: string | null;
}

/** Body of `registry.person.create` (and of `POST /v1/people`). */
export class CreatePersonRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @IsOptional()
  @IsEmail()
  email?: string;

  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number: digits, spaces, ( ) . - and an optional leading +' })
  phone?: string;
}

/** Body of `POST /v1/organizations/{idOrSlug}/memberships`. */
export class MembershipDetails {
  @IsUUID()
  personId: string;

  /** E.g. chair, land use contact, board member. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  role: string;

  @IsOptional()
  @Matches(DATE, { message: 'startDate must be a date as YYYY-MM-DD' })
  @IsInDateRange()
  startDate?: string;

  @IsOptional()
  @Matches(DATE, { message: 'endDate must be a date as YYYY-MM-DD' })
  @IsInDateRange()
  endDate?: string;
}

/** Body of `registry.membership.create`. */
export class CreateMembershipRequest extends MembershipDetails {
  @IsString()
  @IsNotEmpty()
  organization: string;
}

/** Body of `registry.membership.end` (and of `POST /v1/memberships/{id}/end`). */
export class EndMembershipRequest {
  @IsUUID()
  id: string;

  @Matches(DATE, { message: 'endDate must be a date as YYYY-MM-DD' })
  @IsInDateRange()
  endDate: string;
}

/** Whether the answer may carry contact details: the gateway sets it from the caller's role. */
export class ContactsVisibility {
  @IsBoolean()
  includeContacts: boolean;
}

/** Body of `registry.person.get`. */
export class GetPersonRequest extends ContactsVisibility {
  @IsUUID()
  id: string;
}

/** Body of `registry.organization.people`. */
export class OrganizationPeopleRequest extends ContactsVisibility {
  @IsString()
  @IsNotEmpty()
  idOrSlug: string;

  /** Ended memberships too; by default only current ones. */
  @IsOptional()
  @IsBoolean()
  includeEnded?: boolean;
}

/** One person of an organization, with the membership that ties them to it. */
export class OrganizationMember {
  @ValidateNested()
  @Type(() => PersonRecord)
  person: PersonRecord;

  @ValidateNested()
  @Type(() => MembershipRecord)
  membership: MembershipRecord;
}

/** Body of `registry.popolo.export`: the filter of `GET /v1/organizations` and who asks. */
export class PopoloExportRequest extends OrganizationFilter {
  @IsBoolean()
  includeContacts: boolean;
}

/** Popolo contact detail (http://www.popoloproject.com/specs/contact-detail.html). */
export class PopoloContactDetail {
  @IsIn(['email', 'voice', 'url']) type: 'email' | 'voice' | 'url';
  @IsOptional() @IsString() label?: string;
  @IsString() value: string;
}

export class PopoloIdentifier {
  @IsString() scheme: string;
  @IsString() identifier: string;
}

export class PopoloLink {
  @IsString() url: string;
  @IsString() note: string;
}

export class PopoloOtherName {
  @IsString() name: string;
  @IsString() note: string;
}

export class PopoloOrganization {
  @IsString() id: string;
  @IsString() name: string;
  @IsString() classification: string;
  @IsOptional() @IsString() parent_id: string | null;
  @ValidateNested({ each: true }) @Type(() => PopoloIdentifier) identifiers: PopoloIdentifier[];
  @IsOptional() @IsString() area_id: string | null;
  @ValidateNested({ each: true }) @Type(() => PopoloContactDetail) contact_details: PopoloContactDetail[];
  @ValidateNested({ each: true }) @Type(() => PopoloLink) links: PopoloLink[];
  @IsOptional() @ValidateNested({ each: true }) @Type(() => PopoloOtherName) other_names?: PopoloOtherName[];
}

export class PopoloPerson {
  @IsString() id: string;
  @IsString() name: string;
  /** Only for coordinator and admin keys. */
  @IsOptional() @IsString() email?: string;
  @ValidateNested({ each: true }) @Type(() => PopoloContactDetail) contact_details: PopoloContactDetail[];
}

export class PopoloMembership {
  @IsString() id: string;
  @IsString() person_id: string;
  @IsString() organization_id: string;
  @IsString() role: string;
  @IsOptional() @IsString() start_date?: string;
  @IsOptional() @IsString() end_date?: string;
}

/** Answer of `registry.popolo.export`: Popolo JSON (http://www.popoloproject.com/specs/). */
export class PopoloExport {
  @ValidateNested({ each: true }) @Type(() => PopoloOrganization) organizations: PopoloOrganization[];
  @ValidateNested({ each: true }) @Type(() => PopoloPerson) persons: PopoloPerson[];
  @ValidateNested({ each: true }) @Type(() => PopoloMembership) memberships: PopoloMembership[];
}

/** The query of `GET /v1/organizations/{idOrSlug}/people`. */
export class OrganizationPeopleQuery {
  /** `true` lists ended memberships too. */
  @IsOptional()
  @IsIn(['true', 'false'])
  ended?: 'true' | 'false';
}
