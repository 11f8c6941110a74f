import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  AccessibilityFeatures,
  EngagementKinds,
  EngagementRecord,
  EngagementStatuses,
  type AccessibilityFeature,
  type EngagementKind,
  type EngagementStatus,
} from './engagement.events.js';
import { IsInDateRange } from '../input-rules.js';
import { BUREAU_CODE, BUREAU_CODE_MESSAGE, COUNCIL_DISTRICT, IDEMPOTENCY_KEY, IDEMPOTENCY_KEY_MESSAGE, LANGUAGE_TAG, MAX_COUNCIL_DISTRICTS, MAX_LANGUAGES } from '../patterns.js';
import { PeriodPageQuery } from '../period-page.js';
import { FieldErrorRecord } from '../field-error.js';

/** Request/reply patterns the scheduling service answers (core NATS, `civic.query.<pattern>`). */
export const SchedulingQueries = {
  createEngagement: 'scheduling.engagement.create',
  batchEngagements: 'scheduling.engagement.batch',
  getEngagement: 'scheduling.engagement.get',
  listEngagements: 'scheduling.engagement.list',
  updateEngagement: 'scheduling.engagement.update',
  cancelEngagement: 'scheduling.engagement.cancel',
  holdEngagement: 'scheduling.engagement.hold',
  calendar: 'scheduling.calendar',
  suggestSlots: 'scheduling.engagement.suggestions',
  checkEngagement: 'scheduling.engagement.check',
  checkEngagementChange: 'scheduling.engagement.update.check',
  engagementHistory: 'scheduling.engagement.history',
} as const;

export const ActorRoles = ['bureau', 'coordinator', 'admin'] as const;

/** Who asks, as the gateway authenticated them: a bureau key acts only for its own bureau. */
export class Actor {
  /** The API key's public id: the scope of its Idempotency-Keys. */
  @IsOptional()
  @IsString()
  keyId?: string;

  @IsIn(ActorRoles)
  role: (typeof ActorRoles)[number];

  @IsOptional()
  @IsString()
  bureauCode?: string | null;
}


/** Where it happens: an address with its point, an online URL, or both. */
export class EngagementPlaceInput {
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string | null;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  lat?: number | null;

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  lon?: number | null;

  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  onlineUrl?: string | null;
}

/** Who it is for, beyond the neighborhoods its place lies in. */
export class EngagementAudienceInput {
  /** Registry organizations, by id or slug: associations, coalitions, business districts, community organizations. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  organizations?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_COUNCIL_DISTRICTS)
  @Matches(COUNCIL_DISTRICT, { each: true, message: 'councilDistricts must be council district numbers, e.g. "2"' })
  councilDistricts?: string[];

  /** Free community tags, e.g. "renters", "Vietnamese-speaking residents". */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  communityTags?: string[];
}

export class EngagementAccessibilityInput {
  @IsOptional() @IsBoolean() accessibleVenue?: boolean;
  @IsOptional() @IsBoolean() asl?: boolean;
  @IsOptional() @IsBoolean() captioning?: boolean;
  @IsOptional() @IsBoolean() childcare?: boolean;
  @IsOptional() @IsBoolean() food?: boolean;
  @IsOptional() @IsBoolean() nearTransit?: boolean;
  @IsOptional() @IsBoolean() stipends?: boolean;
}

/** The bureau's contact person: personal data, shown only to coordinators and admins. */
export class EngagementContact {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string | null;

  @IsOptional()
  @IsEmail()
  email?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string | null;
}

/** More people than any engagement gathers, and far below where integers stop being exact. */
export const MAX_ATTENDANCE = 1_000_000;

/** What an engagement offers and who it is for: optional when publishing, changeable by a PATCH. */
export class EngagementDetails {
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  /** IANA time zone the bureau scheduled in; defaults to America/Los_Angeles. */
  @IsOptional()
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as America/Los_Angeles' })
  timeZone?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => EngagementPlaceInput)
  location?: EngagementPlaceInput;

  @IsOptional()
  @ValidateNested()
  @Type(() => EngagementAudienceInput)
  audience?: EngagementAudienceInput;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LANGUAGES)
  @Matches(LANGUAGE_TAG, { each: true, message: 'languages must be BCP 47 tags such as en, es or zh-Hant' })
  languages?: string[];

  @IsOptional()
  @ValidateNested()
  @Type(() => EngagementAccessibilityInput)
  accessibility?: EngagementAccessibilityInput;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_ATTENDANCE)
  expectedAttendance?: number | null;

  @IsOptional()
  @ValidateNested()
  @Type(() => EngagementContact)
  contact?: EngagementContact | null;

  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  externalUrl?: string | null;
}

/**
 * What a bureau publishes (the body of `POST /v1/engagements`, an item of a batch, the data of an
 * intake message). Times are ISO 8601; one without an offset is read in `timeZone`.
 */
export class EngagementInput extends EngagementDetails {
  /** Required from coordinators; a bureau key may leave it out or must name its own bureau. */
  @IsOptional()
  @Matches(BUREAU_CODE, { message: BUREAU_CODE_MESSAGE })
  bureau?: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @IsIn(EngagementKinds)
  kind: EngagementKind;

  /** A new engagement starts as a draft or scheduled (the default). */
  @IsOptional()
  @IsIn(['draft', 'scheduled'])
  status?: 'draft' | 'scheduled';

  @IsISO8601({ strict: true }, { message: 'startsAt must be an ISO 8601 date and time, e.g. 2026-12-03T18:00:00-08:00' })
  @IsInDateRange()
  startsAt: string;

  @IsISO8601({ strict: true }, { message: 'endsAt must be an ISO 8601 date and time, e.g. 2026-12-03T20:00:00-08:00' })
  @IsInDateRange()
  endsAt: string;

  /** The bureau's own id: publishing it again is a no-op. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  externalId?: string | null;
}

/** What a PATCH may change; `status` moves it along its lifecycle (cancel and held have their own routes). */
export class EngagementChanges extends EngagementDetails {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string;

  @IsOptional()
  @IsIn(EngagementKinds)
  kind?: EngagementKind;

  @IsOptional()
  @IsIn(['scheduled', 'postponed', 'closed'])
  status?: 'scheduled' | 'postponed' | 'closed';

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'startsAt must be an ISO 8601 date and time, e.g. 2026-12-03T18:00:00-08:00' })
  @IsInDateRange()
  startsAt?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'endsAt must be an ISO 8601 date and time, e.g. 2026-12-03T20:00:00-08:00' })
  @IsInDateRange()
  endsAt?: string;
}

/** Body of `POST /v1/engagements/{id}/held`. */
export class HeldReport {
  @IsInt()
  @Min(0)
  @Max(MAX_ATTENDANCE)
  actualAttendance: number;
}

/** Body of `POST /v1/engagements/{id}/cancel`; the reason is optional. */
export class CancelReason {
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class ActorRequest {
  @ValidateNested()
  @Type(() => Actor)
  actor: Actor;
}

/** Body of `scheduling.engagement.create`. */
export class CreateEngagementRequest extends ActorRequest {
  @ValidateNested()
  @Type(() => EngagementInput)
  engagement: EngagementInput;

  @IsOptional()
  @Matches(IDEMPOTENCY_KEY, { message: IDEMPOTENCY_KEY_MESSAGE })
  idempotencyKey?: string;
}

export const MAX_ENGAGEMENT_BATCH = 500;

/** Body of `POST /v1/engagements:batch`: each item is checked and published on its own. */
export class EngagementBatch {
  @IsArray()
  @ArrayMaxSize(MAX_ENGAGEMENT_BATCH, { message: `items must hold at most ${MAX_ENGAGEMENT_BATCH} engagements; split the batch` })
  @IsObject({ each: true, message: 'each of items must be an engagement object' })
  items: object[];
}

/**
 * Items per `scheduling.engagement.batch` request: the gateway sends an HTTP batch in parts of this
 * size, so no request or reply nears NATS's 1 MB message limit.
 */
export const BATCH_PART_SIZE = 100;

/** Body of `scheduling.engagement.batch`: one part of an HTTP batch. */
export class BatchEngagementsRequest extends ActorRequest {
  @IsArray()
  @ArrayMaxSize(BATCH_PART_SIZE, { message: `items must hold at most ${BATCH_PART_SIZE} engagements per request; split the batch` })
  @IsObject({ each: true, message: 'each of items must be an engagement object' })
  items: object[];

  @IsOptional()
  @Matches(IDEMPOTENCY_KEY, { message: IDEMPOTENCY_KEY_MESSAGE })
  idempotencyKey?: string;

  /** Which part of the HTTP batch this is (0, 1, ...): each part keeps its own reply under the Idempotency-Key. */
  @IsOptional()
  @IsInt()
  @Min(0)
  part?: number;
}

/** One item's outcome: 201 created, 200 already published (same externalId), or the error it got. */
export class BatchItemResult {
  @IsInt()
  index: number;

  @IsInt()
  status: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => EngagementRecord)
  engagement?: EngagementRecord;

  @IsOptional()
  @IsString()
  error?: string;

  /** Each refusal as `field: message`. */
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  errors?: string[];

  /** The same refusals, each naming its field and rule, as a problem's `errors` do. */
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => FieldErrorRecord)
  problems?: FieldErrorRecord[];
}

export class BatchResult {
  @IsInt()
  created: number;

  @IsInt()
  unchanged: number;

  @IsInt()
  failed: number;

  @ValidateNested({ each: true })
  @Type(() => BatchItemResult)
  results: BatchItemResult[];
}

/** The `{id}` of `/v1/engagements/{id}`. */
export class EngagementId {
  @IsUUID()
  id: string;
}

/** Body of `scheduling.engagement.get`. */
export class GetEngagementRequest extends ActorRequest {
  @IsUUID()
  id: string;
}

/** One step of an engagement's status history. */
export class EngagementStatusStep {
  /** Null for its first publish, or for the status it stood in when the history began. */
  @IsOptional()
  @IsIn(EngagementStatuses)
  from: EngagementStatus | null;

  @IsIn(EngagementStatuses)
  to: EngagementStatus;

  @IsISO8601()
  at: string;

  /** A cancellation's reason, when the bureau gave one. */
  @IsOptional()
  @IsString()
  reason: string | null;
}

/** Answer of `scheduling.engagement.history` (`GET /v1/engagements/{id}/history`): oldest first. */
export class EngagementHistory {
  @ValidateNested({ each: true })
  @Type(() => EngagementStatusStep)
  items: EngagementStatusStep[];
}

/** Body of `scheduling.engagement.update`. */
export class UpdateEngagementRequest extends GetEngagementRequest {
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @ValidateNested()
  @Type(() => EngagementChanges)
  changes: EngagementChanges;

  @IsOptional()
  @Matches(IDEMPOTENCY_KEY, { message: IDEMPOTENCY_KEY_MESSAGE })
  idempotencyKey?: string;
}

/** Body of `scheduling.engagement.cancel` and `.hold`. */
export class EngagementActionRequest extends GetEngagementRequest {
  /** From If-Match when given. */
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_ATTENDANCE)
  actualAttendance?: number;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;

  @IsOptional()
  @Matches(IDEMPOTENCY_KEY, { message: IDEMPOTENCY_KEY_MESSAGE })
  idempotencyKey?: string;
}

/** The query of `GET /v1/engagements`: which engagements (every filter optional), a page at a time in start order. */
export class EngagementListQuery extends PeriodPageQuery {
  @IsOptional()
  @Matches(COUNCIL_DISTRICT, { message: 'district must be a council district number, e.g. 2' })
  district?: string;

  /** A neighborhood association: slug or id. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  neighborhood?: string;

  /** Any registry organization in the audience: slug or id. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  organization?: string;

  @IsOptional()
  @IsIn(EngagementStatuses)
  status?: EngagementStatus;

  @IsOptional()
  @IsIn(EngagementKinds)
  kind?: EngagementKind;

  /** Offered in this language: a BCP 47 tag; `zh` finds `zh-Hant` too. */
  @IsOptional()
  @Matches(LANGUAGE_TAG, { message: 'language must be a BCP 47 tag such as en, es or zh-Hant' })
  language?: string;

  /** Offering this: one of the accessibility features. */
  @IsOptional()
  @IsIn(AccessibilityFeatures)
  accessibility?: AccessibilityFeature;

  /** Words in the title, description or address, ignoring case. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  q?: string;
}

/** Body of `scheduling.engagement.list`. */
export class ListEngagementsRequest extends EngagementListQuery {
  @ValidateNested()
  @Type(() => Actor)
  actor: Actor;
}

/** An engagement as the API shows it: the public record, and its contact for coordinators and admins. */
export class EngagementView extends EngagementRecord {
  @IsOptional()
  @ValidateNested()
  @Type(() => EngagementContact)
  contact?: EngagementContact | null;
}

/** Answer of `scheduling.engagement.create`: `created` is false when the same publish was already made. */
export class CreateEngagementResult {
  @IsBoolean()
  created: boolean;

  @ValidateNested()
  @Type(() => EngagementView)
  engagement: EngagementView;
}

export class EngagementPage {
  @ValidateNested({ each: true })
  @Type(() => EngagementView)
  items: EngagementView[];

  @IsOptional()
  @IsString()
  nextCursor: string | null;

  /** How many engagements match the filters, over all pages. */
  @IsInt()
  @Min(0)
  total: number;
}

export const CalendarFeeds = ['city', 'bureau', 'district', 'organization'] as const;

/** Body of `scheduling.calendar`: which feed, and whose (a bureau code, a district number, an organization slug). */
export class CalendarRequest {
  @IsIn(CalendarFeeds)
  feed: (typeof CalendarFeeds)[number];

  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  of?: string;
}

/** The `{code}` of `/v1/calendars/bureaus/{code}.ics`. */
export class BureauCalendarParams {
  @Matches(BUREAU_CODE, { message: 'code must be a bureau code: 2-8 capital letters or &, e.g. PBOT' })
  code: string;
}

/** The `{n}` of `/v1/calendars/districts/{n}.ics`. */
export class DistrictCalendarParams {
  @Matches(COUNCIL_DISTRICT, { message: 'n must be a council district number, e.g. 2' })
  n: string;
}

/** The `{slug}` of `/v1/calendars/organizations/{slug}.ics`. */
export class OrganizationCalendarParams {
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slug must be lowercase words joined by hyphens' })
  slug: string;
}

/** Answer of `scheduling.calendar`: an iCalendar (RFC 5545) document. */
export class CalendarDocument {
  @IsString()
  ics: string;
}
