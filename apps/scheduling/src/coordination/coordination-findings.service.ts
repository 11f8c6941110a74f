import { Injectable } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { DataSource } from 'typeorm';
import {
  DEFAULT_PERIOD_PAGE_SIZE,
  type ConflictIdParams,
  type ConflictListQuery,
  type ConflictPage,
  type ConflictView,
  type FatigueListQuery,
  type FatiguePage,
} from '#libs/contracts';
import { badRequest } from '#libs/messaging';
import { decodeTimeCursor, encodeTimeCursor, INVALID_CURSOR_PROBLEM, type TimePosition } from '#libs/persistence';
import { audienceOrganization, summaryOf } from '../engagements/engagement-record.js';
import type { Engagement } from '../engagements/engagement.entity.js';
import { EngagementRepository } from '../engagements/engagement.repository.js';
import { OrganizationReferenceService } from '../organizations/organization-reference.service.js';
import { CoordinationService } from './coordination.service.js';
import { CoordinationRepository, type StoredConflict } from './coordination.repository.js';
import { reachKey } from './reach.js';

function positionOf(cursor: string | undefined, idCount: 1 | 2): TimePosition | null {
  if (cursor === undefined) return null;
  const position = decodeTimeCursor(cursor, idCount);
  if (!position) throw badRequest([INVALID_CURSOR_PROBLEM]);
  return position;
}

const instant = (value: string | undefined) => (value === undefined ? null : new Date(value));

/** What coordination found, for staff to look through: conflicts and fatigue alerts, as their engagements stand now. */
@Injectable()
export class CoordinationFindingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly coordination: CoordinationRepository,
    private readonly engagements: EngagementRepository,
    private readonly organizations: OrganizationReferenceService,
    private readonly analysis: CoordinationService,
  ) {}

  async conflicts(query: ConflictListQuery): Promise<ConflictPage> {
    const after = positionOf(query.cursor, 1);
    const limit = query.limit ?? DEFAULT_PERIOD_PAGE_SIZE;
    const status = query.status ?? 'open';
    const manager = this.dataSource.manager;
    const found = await this.coordination.listConflicts(
      manager,
      {
        open: status === 'all' ? null : status === 'open',
        severity: query.severity ?? null,
        bureau: query.bureau ?? null,
        district: query.district ?? null,
        from: instant(query.from),
        to: instant(query.to),
      },
      after,
      limit + 1,
    );
    const items = found.slice(0, limit);
    const views = await this.views(items);
    const last = items.at(-1);
    return { items: views, nextCursor: found.length > limit && last ? encodeTimeCursor({ at: last.firstStart, ids: [last.id] }) : null };
  }

  async conflict(params: ConflictIdParams): Promise<ConflictView> {
    const found = await this.coordination.findConflict(this.dataSource.manager, params.id);
    if (!found) throw new RpcException({ status: 404, message: `no conflict has id "${params.id}"` });
    const [view] = await this.views([found]);
    return view;
  }

  /**
   * Each alert with the window around its engagement as it stands now: the engagements of the most
   * distinct bureaus reaching the community (fewer than the threshold once some were cancelled or moved).
   */
  async fatigue(query: FatigueListQuery): Promise<FatiguePage> {
    const after = positionOf(query.cursor, 2);
    const limit = query.limit ?? DEFAULT_PERIOD_PAGE_SIZE;
    const directory = await this.organizations.directory();
    const organization = query.organization === undefined ? undefined : directory.find(query.organization);
    // A community the registry does not know was never found fatigued.
    if (query.organization !== undefined && !organization) return { items: [], nextCursor: null };
    const manager = this.dataSource.manager;
    const found = await this.coordination.listFatigue(
      manager,
      { organizationIds: organization ? directory.withMembers(organization) : null, bureau: query.bureau ?? null, from: instant(query.from), to: instant(query.to) },
      after,
      limit + 1,
    );
    const items = found.slice(0, limit);
    const detector = this.analysis.fatigue;
    const raising = new Map((await this.engagements.findByIds(manager, [...new Set(items.map((f) => f.engagementId))])).map((e) => [e.id, e]));
    const probes = items.flatMap((f, probe) =>
      [reachKey.organization(f.organizationId), reachKey.neighborhood(f.organizationId)].map((key) => ({
        probe,
        key,
        from: new Date(f.startsAt.getTime() - detector.windowMs),
        to: new Date(f.startsAt.getTime() + detector.windowMs),
      })),
    );
    const sightings = items.map(() => new Map<string, { id: string; bureau: string; startsAt: Date }>());
    for (const { probe, reach } of await this.engagements.reachingMany(manager, probes, ['scheduled', 'held', 'closed'])) {
      sightings[probe].set(reach.id, { id: reach.id, bureau: reach.bureau, startsAt: reach.startsAt });
    }
    const windows = items.map((f, i) => {
      const e = raising.get(f.engagementId)!;
      const subject = { id: e.id, bureau: e.bureau, startsAt: e.startsAt };
      return detector.busiestWindow(subject, [...sightings[i].values()]);
    });
    const others = await this.engagements.findByIds(manager, [...new Set(windows.flat().map((s) => s.id))].filter((id) => !raising.has(id)));
    const byId = new Map([...raising, ...others.map((e) => [e.id, e] as const)]);
    const last = items.at(-1);
    return {
      items: items.map((f, i) => {
        const window = windows[i].map((s) => byId.get(s.id)).filter((e): e is Engagement => !!e);
        return {
          organization: audienceOrganization(directory, f.organizationId),
          engagement: summaryOf(raising.get(f.engagementId)!, directory),
          raisedAt: f.raisedAt.toISOString(),
          windowDays: detector.windowDays,
          window: window.map((e) => summaryOf(e, directory)),
          bureaus: [...new Set(window.map((e) => e.bureau))].sort(),
        };
      }),
      nextCursor: found.length > limit && last ? encodeTimeCursor({ at: last.startsAt, ids: [last.organizationId, last.engagementId] }) : null,
    };
  }

  private async views(conflicts: Array<StoredConflict & { detectedAt: Date; resolvedAt: Date | null }>): Promise<ConflictView[]> {
    const directory = await this.organizations.directory();
    const ids = [...new Set(conflicts.flatMap((c) => [c.engagementA, c.engagementB]))];
    const byId = new Map((await this.engagements.findByIds(this.dataSource.manager, ids)).map((e) => [e.id, e]));
    return conflicts.map((c) => ({
      id: c.id,
      severity: c.severity,
      open: c.open,
      reasons: c.reasons,
      detectedAt: c.detectedAt.toISOString(),
      resolvedAt: c.resolvedAt?.toISOString() ?? null,
      engagements: [byId.get(c.engagementA)!, byId.get(c.engagementB)!].map((e) => summaryOf(e, directory)),
    }));
  }
}
