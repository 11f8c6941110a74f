import { Injectable } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import pointOnFeature from '@turf/point-on-feature';
import { DataSource, type EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import {
  DEFAULT_PAGE_SIZE,
  Events,
  fieldError,
  type ArchiveOrganizationRequest,
  type Boundary,
  type CreateOrganizationRequest,
  type ListOrganizationsRequest,
  type OrganizationFeatureCollection,
  type OrganizationFilter,
  type OrganizationPage,
  type OrganizationRecord,
  type UpdateOrganizationRequest,
} from '#libs/contracts';
import { badRequest, Outbox, refusal } from '#libs/messaging';
import { INVALID_CURSOR_PROBLEM } from '#libs/persistence';
import { boundaryProblems } from '../boundaries/boundary-validation.js';
import { councilDistrictBoundaries, councilDistrictsOf } from '../boundaries/council-districts.js';
import { defaultOcdId } from './ocd-id.js';
import { featureOf } from './organization-map.js';
import { Organization } from './organization.entity.js';
import { OrganizationRepository, ValueTakenError } from './organization.repository.js';
import { decodeCursor, encodeCursor } from './page-cursor.js';
import { searchTextOf } from './search-text.js';

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
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}

/** What describes an organization, as opposed to its identity, status and bookkeeping. */
export type OrganizationDetails = Omit<Organization, 'id' | 'status' | 'searchText' | 'version' | 'createdAt' | 'updatedAt'>;

/** A list item: the record without its boundary, which is large. */
function summaryOf(o: Organization): OrganizationRecord {
  return { ...toRecord(o), boundary: undefined };
}

/** Admins cannot change or re-archive an archived organization; it stays as it was archived. */
function refuseArchived(current: Organization): void {
  if (current.status === 'archived') {
    throw new RpcException({ status: 409, message: `organization "${current.slug}" is archived and can no longer change` });
  }
}

/** A boundary's problems, each naming where in it the problem lies. */
function boundaryRefusal(problems: string[]): RpcException {
  return badRequest(problems.map((p) => fieldError('boundary', 'isBoundary', p)));
}

/** 409 naming the slug or ocdId another organization already holds. */
function taken(field: 'slug' | 'ocdId', value: string): RpcException {
  return refusal(409, [fieldError(field, 'unique', `${field} "${value}" is already used by another organization`)]);
}

type Placement = Pick<OrganizationDetails, 'boundary' | 'representativePoint' | 'councilDistricts'>;

/** Slugs that name routes beside `/v1/organizations/{idOrSlug}`. */
const ReservedSlugs = ['popolo', 'import'];

@Injectable()
export class OrganizationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationRepository,
    private readonly outbox: Outbox,
  ) {}

  async create(request: CreateOrganizationRequest): Promise<OrganizationRecord> {
    if (ReservedSlugs.includes(request.slug)) {
      throw badRequest([fieldError('slug', 'isNotReserved', `slug "${request.slug}" is reserved for a route`)]);
    }
    const problems = request.boundary === undefined ? [] : boundaryProblems(request.boundary);
    if (problems.length > 0) throw boundaryRefusal(problems);
    if (request.parentId !== undefined && !(await this.organizations.findByIdOrSlug(request.parentId))) {
      throw badRequest([fieldError('parentId', 'isKnownOrganization', `no organization has id "${request.parentId}"`)]);
    }
    const placed = request.boundary ? await this.placed(request.boundary) : { boundary: null, representativePoint: null, councilDistricts: request.councilDistricts ?? [] };
    return this.createFrom({
      slug: request.slug,
      ocdId: request.ocdId ?? defaultOcdId(request.kind, request.slug),
      kind: request.kind,
      name: request.name,
      parentId: request.parentId ?? null,
      bureauCode: request.bureauCode ?? null,
      ...placed,
      languages: request.languages ?? [],
      website: request.website ?? null,
      publicEmail: request.publicEmail ?? null,
      meetingSchedule: request.meetingSchedule ?? null,
      serviceArea: request.serviceArea ?? null,
    });
  }

  /** Creates the organization and its `organization.created` event in one transaction. */
  async createFrom(details: OrganizationDetails, within?: EntityManager): Promise<OrganizationRecord> {
    return this.inTransaction(within, async (manager) => {
      if (await this.organizations.slugTaken(manager, details.slug)) throw taken('slug', details.slug);
      if (await this.organizations.ocdIdTaken(manager, details.ocdId)) throw taken('ocdId', details.ocdId);
      const now = new Date();
      const organization = Object.assign(new Organization(), {
        ...details,
        id: uuidv7(),
        status: 'active',
        searchText: searchTextOf(details.name),
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
  async update(id: string, changes: Partial<OrganizationDetails> & { status?: 'active' | 'inactive' }, within?: EntityManager): Promise<OrganizationRecord> {
    return this.changeVersion(id, null, changes, Events.OrganizationUpdated, () => undefined, within);
  }

  /** An admin's update, refused with 412 when the organization changed since the version they saw. */
  async updateSeen(request: UpdateOrganizationRequest): Promise<OrganizationRecord> {
    const { boundary, ...rest } = request.changes;
    const problems = boundary === undefined ? [] : boundaryProblems(boundary);
    if (problems.length > 0) throw boundaryRefusal(problems);
    // A request instance declares every field; only those the caller sent are changes (null clears one).
    const sent: Partial<OrganizationDetails> = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
    if (boundary) Object.assign(sent, await this.placed(boundary));
    if (Object.keys(sent).length === 0) {
      throw badRequest([fieldError('body', 'hasChanges', 'send at least one field to change')]);
    }
    return this.changeVersion(await this.idOf(request.idOrSlug), request.expectedVersion, sent, Events.OrganizationUpdated, refuseArchived);
  }

  /** Archives the organization (it stays readable, and out of point lookups), publishing `organization.archived`. */
  async archive(request: ArchiveOrganizationRequest): Promise<OrganizationRecord> {
    return this.changeVersion(
      await this.idOf(request.idOrSlug),
      request.expectedVersion,
      { status: 'archived' },
      Events.OrganizationArchived,
      refuseArchived,
    );
  }

  /** Applies changes as the next version, with its event, in one transaction. */
  private async changeVersion(
    id: string,
    expectedVersion: number | null,
    changes: Partial<OrganizationDetails> & { status?: Organization['status'] },
    event: typeof Events.OrganizationUpdated | typeof Events.OrganizationArchived,
    check: (current: Organization) => void = () => undefined,
    within?: EntityManager,
  ): Promise<OrganizationRecord> {
    return this.inTransaction(within, async (manager) => {
      const current = await this.organizations.lockById(manager, id);
      if (!current) throw new RpcException({ status: 404, message: `no organization has id "${id}"` });
      if (expectedVersion !== null && expectedVersion !== current.version) {
        throw new RpcException({ status: 412, message: `organization "${current.slug}" is at version ${current.version}, not ${expectedVersion}; read it again and retry` });
      }
      check(current);
      if (changes.slug !== undefined && changes.slug !== current.slug && (await this.organizations.slugTaken(manager, changes.slug))) {
        throw taken('slug', changes.slug);
      }
      if (changes.ocdId !== undefined && changes.ocdId !== current.ocdId && (await this.organizations.ocdIdTaken(manager, changes.ocdId))) {
        throw taken('ocdId', changes.ocdId);
      }
      const organization = Object.assign(current, changes, { version: current.version + 1, updatedAt: new Date() });
      organization.searchText = searchTextOf(organization.name);
      await this.organizations.save(manager, organization);
      const record = toRecord(organization);
      await this.outbox.publish(manager, { contract: event, aggregateId: organization.id, data: { organization: record } });
      return record;
    });
  }

  async list(request: ListOrganizationsRequest): Promise<OrganizationPage> {
    await this.requireCoalition(request);
    const after = request.cursor === undefined ? null : decodeCursor(request.cursor);
    if (request.cursor !== undefined && !after) {
      throw badRequest([INVALID_CURSOR_PROBLEM]);
    }
    const limit = request.limit ?? DEFAULT_PAGE_SIZE;
    // One more than asked tells whether another page follows.
    const found = await this.organizations.page(request, after, limit + 1);
    const items = found.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map(summaryOf), nextCursor: found.length > limit ? encodeCursor(last) : null };
  }

  /** The organizations as a map: each one's boundary, or its representative point when it has none. */
  async map(filter: OrganizationFilter): Promise<OrganizationFeatureCollection> {
    return { type: 'FeatureCollection', features: (await this.matching(filter)).map(featureOf) };
  }

  /** Every organization the filter selects, in name order. */
  async matching(filter: OrganizationFilter): Promise<Organization[]> {
    await this.requireCoalition(filter);
    return this.organizations.matching(filter);
  }

  /** Joins the caller's transaction (an import applies all its rows in one), or runs its own. */
  private async inTransaction<T>(within: EntityManager | undefined, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await (within ? work(within) : this.dataSource.transaction(work));
    } catch (err) {
      if (err instanceof ValueTakenError) throw taken(err.field, err.value);
      throw err;
    }
  }

  /** A new boundary moves the representative point and may change the council districts. */
  async placed(boundary: Boundary): Promise<Placement> {
    return (await this.placer())(boundary);
  }

  /** Places any number of boundaries against one read of the council districts (an import places many). */
  async placer(): Promise<(boundary: Boundary) => Placement> {
    const districts = councilDistrictBoundaries(await this.organizations.findByKind('council_district'));
    return (boundary) => {
      const [lon, lat] = pointOnFeature(boundary).geometry.coordinates;
      return { boundary, representativePoint: [lon, lat], councilDistricts: councilDistrictsOf(boundary, districts) };
    };
  }

  /** A filter naming a coalition that does not exist is a mistake to report, not an empty answer. */
  private async requireCoalition(filter: OrganizationFilter): Promise<void> {
    if (filter.coalition === undefined) return;
    const found = await this.organizations.findByIdOrSlug(filter.coalition);
    if (found?.kind !== 'district_coalition') {
      throw new RpcException({ status: 404, message: `no district coalition has id or slug "${filter.coalition}"` });
    }
  }

  private async idOf(idOrSlug: string): Promise<string> {
    const found = await this.organizations.findByIdOrSlug(idOrSlug);
    if (!found) throw new RpcException({ status: 404, message: `no organization has id or slug "${idOrSlug}"` });
    return found.id;
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
