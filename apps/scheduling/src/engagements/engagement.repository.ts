import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { AccessibilityFeature, EngagementKind, EngagementStatus } from '#libs/contracts';
import type { Reach } from '../coordination/reach.js';
import { Engagement } from './engagement.entity.js';

export interface MonthlyAttendance {
  month: string;
  engagements: number;
  held: number;
  expectedAttendance: number;
  actualAttendance: number;
}

/** The advisory lock key space of reach buckets (two-int locks), and how many buckets. */
const REACH_LOCK_SPACE = 4_245_001;
const REACH_LOCK_BUCKETS = 64;

/** Where a page of engagements ended: they are listed in start, then id, order. */
export interface EngagementPosition {
  startsAt: Date;
  id: string;
}

/** A list filter in the service's terms: organizations already resolved to ids. */
export interface EngagementCriteria {
  bureau?: string;
  district?: string;
  neighborhoodId?: string;
  /** Engagements for any of these organizations, or in any of these neighborhood associations. */
  organizationIds?: string[];
  status?: EngagementStatus;
  kind?: EngagementKind;
  /** Offered in this language, or a regional form of it. */
  language?: string;
  accessibility?: AccessibilityFeature;
  /** Words in title, description or address. */
  text?: string;
  from?: Date;
  to?: Date;
  /** Drafts are shown only to their own bureau (and to staff, who pass null). */
  draftsOf: string | 'all';
}

/** The only place that queries `engagement` and `engagement_reach`. */
@Injectable()
export class EngagementRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, engagement: Engagement): Promise<void> {
    await manager.insert(Engagement, engagement);
  }

  async save(manager: EntityManager, engagement: Engagement): Promise<void> {
    await manager.save(Engagement, engagement);
  }

  /** The row, locked until the caller's transaction ends, so concurrent changes take turns. */
  async lockById(manager: EntityManager, id: string): Promise<Engagement | null> {
    return manager.findOne(Engagement, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async findById(id: string): Promise<Engagement | null> {
    return this.dataSource.getRepository(Engagement).findOneBy({ id });
  }

  async findByIds(manager: EntityManager, ids: string[]): Promise<Engagement[]> {
    if (ids.length === 0) return [];
    return manager.getRepository(Engagement).createQueryBuilder('e').where('e.id = ANY(:ids)', { ids }).getMany();
  }

  /**
   * The engagements already published under these (bureau, externalId) pairs: one probe of the
   * unique index per pair. (`LIMIT 1` keeps the planner from merging with a scan of every
   * externalId the bureau ever sent, which it picks while the table's statistics predate them.)
   */
  async findByExternalIds(manager: EntityManager, pairs: Array<{ bureau: string; externalId: string }>): Promise<Engagement[]> {
    if (pairs.length === 0) return [];
    return manager
      .getRepository(Engagement)
      .createQueryBuilder('e')
      .where(
        `e.id IN (SELECT x.id FROM unnest(:bureaus::text[], :externalIds::text[]) AS k(bureau, external_id)
                  JOIN LATERAL (SELECT id FROM engagement x WHERE x.bureau = k.bureau AND x.external_id = k.external_id LIMIT 1) x ON true)`,
        {
          bureaus: pairs.map((p) => p.bureau),
          externalIds: pairs.map((p) => p.externalId),
        },
      )
      .getMany();
  }

  /** Many rows in one statement with one parameter: a batch of 500 otherwise needs 15,000 bound values. */
  async insertMany(manager: EntityManager, engagements: Engagement[]): Promise<void> {
    if (engagements.length === 0) return;
    const rows = engagements.map((e) => ({
      id: e.id,
      bureau: e.bureau,
      title: e.title,
      description: e.description,
      kind: e.kind,
      status: e.status,
      starts_at: e.startsAt,
      ends_at: e.endsAt,
      time_zone: e.timeZone,
      address: e.address,
      lat: e.lat,
      lon: e.lon,
      online_url: e.onlineUrl,
      neighborhood_ids: e.neighborhoodIds,
      location_districts: e.locationDistricts,
      audience_organization_ids: e.audienceOrganizationIds,
      audience_districts: e.audienceDistricts,
      community_tags: e.communityTags,
      languages: e.languages,
      accessibility: e.accessibility,
      expected_attendance: e.expectedAttendance,
      actual_attendance: e.actualAttendance,
      contact: e.contact,
      external_url: e.externalUrl,
      external_id: e.externalId,
      held_at: e.heldAt,
      version: e.version,
      created_at: e.createdAt,
      updated_at: e.updatedAt,
    }));
    const columns = Object.keys(rows[0]).join(', ');
    await manager.query(
      `INSERT INTO engagement (${columns})
       SELECT ${columns} FROM jsonb_to_recordset($1::jsonb) AS x(
         id uuid, bureau text, title text, description text, kind text, status text, starts_at timestamptz, ends_at timestamptz,
         time_zone text, address text, lat double precision, lon double precision, online_url text, neighborhood_ids uuid[],
         location_districts text[], audience_organization_ids uuid[], audience_districts text[], community_tags text[], languages text[],
         accessibility jsonb, expected_attendance int, actual_attendance int, contact jsonb, external_url text, external_id text,
         held_at timestamptz, version int, created_at timestamptz, updated_at timestamptz)`,
      [JSON.stringify(rows)],
    );
  }

  /** Who each new engagement reaches, in one statement. */
  async insertReach(manager: EntityManager, reaches: Array<{ engagement: Engagement; keys: string[] }>): Promise<void> {
    const rows = reaches.flatMap(({ engagement: e, keys }) => keys.map((k) => [e.id, k, e.bureau, e.status, e.startsAt, e.endsAt] as const));
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO engagement_reach (engagement_id, reach, bureau, status, during)
       SELECT id, reach, bureau, status, tstzrange(s, e, '[)') FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[]) AS r(id, reach, bureau, status, s, e)`,
      [0, 1, 2, 3, 4, 5].map((c) => rows.map((r) => r[c])),
    );
  }

  /**
   * For many probes at once (a key and a time range each), the engagements in one of `statuses`
   * reaching that key within that range: one GiST probe per row of the answer's plan.
   */
  async reachingMany(manager: EntityManager, probes: Array<{ probe: number; key: string; from: Date; to: Date }>, statuses: EngagementStatus[]): Promise<Array<{ probe: number; reach: Reach }>> {
    if (probes.length === 0) return [];
    const rows = await manager.query<Array<{ probe: number; id: string; bureau: string; starts_at: Date; ends_at: Date; reach: string }>>(
      `SELECT p.probe, r.engagement_id AS id, r.bureau, lower(r.during) AS starts_at, upper(r.during) AS ends_at, r.reach
         FROM unnest($1::int[], $2::text[], $3::timestamptz[], $4::timestamptz[]) AS p(probe, reach, f, t)
         JOIN LATERAL (
           SELECT x.engagement_id, x.bureau, x.during, x.reach FROM engagement_reach x
            WHERE hashtext(x.reach) = hashtext(p.reach) AND x.reach = p.reach AND x.during && tstzrange(p.f, p.t, '[)') AND x.status = ANY($5)
         ) r ON true`,
      [probes.map((p) => p.probe), probes.map((p) => p.key), probes.map((p) => p.from), probes.map((p) => p.to), statuses],
    );
    return rows.map((r) => ({ probe: r.probe, reach: { id: r.id, bureau: r.bureau, startsAt: new Date(r.starts_at), endsAt: new Date(r.ends_at), keys: [r.reach] } }));
  }

  /** Replaces who the engagement reaches; `keys` empty (a draft, a cancelled one) removes it from analysis. */
  async replaceReach(manager: EntityManager, e: Engagement, keys: string[]): Promise<void> {
    await manager.query(`DELETE FROM engagement_reach WHERE engagement_id = $1`, [e.id]);
    if (keys.length === 0) return;
    await manager.query(
      `INSERT INTO engagement_reach (engagement_id, reach, bureau, status, during)
       SELECT $1, k, $2, $3, tstzrange($4, $5, '[)') FROM unnest($6::text[]) AS k`,
      [e.id, e.bureau, e.status, e.startsAt, e.endsAt, keys],
    );
  }

  /**
   * Takes, until the transaction ends, the locks of the buckets these reach keys fall in (64
   * buckets, in order, so transactions never deadlock on them). Two transactions analysing
   * engagements that share a key take turns: the second sees the first's committed engagement, so
   * neither a conflict nor a fatigue crossing between two concurrent publishes goes unseen.
   */
  async lockReach(manager: EntityManager, keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await manager.query(
      `SELECT pg_advisory_xact_lock(${REACH_LOCK_SPACE}, b) FROM (SELECT DISTINCT abs(hashtext(k) % ${REACH_LOCK_BUCKETS}) AS b FROM unnest($1::text[]) AS k ORDER BY 1) AS buckets`,
      [keys],
    );
  }

  /**
   * Engagements in one of `statuses` whose time range overlaps [from, to) and that share one of
   * `keys`, with the keys they share. One GiST index probe (reach, during) per key.
   */
  async reaching(manager: EntityManager, keys: string[], from: Date, to: Date, statuses: EngagementStatus[], except: string | null = null): Promise<Reach[]> {
    if (keys.length === 0) return [];
    const rows = await manager.query<Array<{ id: string; bureau: string; starts_at: Date; ends_at: Date; keys: string[] }>>(
      `SELECT r.engagement_id AS id, r.bureau, lower(r.during) AS starts_at, upper(r.during) AS ends_at, array_agg(r.reach ORDER BY r.reach) AS keys
         FROM unnest($1::text[]) AS k(reach)
         JOIN LATERAL (
           SELECT x.engagement_id, x.bureau, x.during, x.reach FROM engagement_reach x
            WHERE hashtext(x.reach) = hashtext(k.reach) AND x.reach = k.reach AND x.during && tstzrange($2, $3, '[)') AND x.status = ANY($4) AND ($5::uuid IS NULL OR x.engagement_id <> $5::uuid)
         ) r ON true
        GROUP BY r.engagement_id, r.bureau, r.during`,
      [keys, from, to, statuses, except],
    );
    return rows.map((r) => ({ id: r.id, bureau: r.bureau, startsAt: new Date(r.starts_at), endsAt: new Date(r.ends_at), keys: r.keys }));
  }

  /** Up to `limit` engagements in start order, after the position that ended the previous page. */
  async page(criteria: EngagementCriteria, after: EngagementPosition | null, limit: number): Promise<Engagement[]> {
    const query = this.matching(criteria);
    if (after) query.andWhere('(e.starts_at, e.id) > (:afterStart, :afterId)', { afterStart: after.startsAt, afterId: after.id });
    return query.orderBy('e.starts_at', 'ASC').addOrderBy('e.id', 'ASC').limit(limit).getMany();
  }

  /** How many engagements match, over all pages. */
  async count(criteria: EngagementCriteria): Promise<number> {
    return this.matching(criteria).getCount();
  }

  private matching(criteria: EngagementCriteria): SelectQueryBuilder<Engagement> {
    const query = this.dataSource.getRepository(Engagement).createQueryBuilder('e');
    const c = criteria;
    if (c.bureau) query.andWhere('e.bureau = :bureau', { bureau: c.bureau });
    if (c.district) query.andWhere('(:district = ANY(e.location_districts) OR :district = ANY(e.audience_districts))', { district: c.district });
    if (c.neighborhoodId) query.andWhere('(:nid::uuid = ANY(e.neighborhood_ids) OR :nid::uuid = ANY(e.audience_organization_ids))', { nid: c.neighborhoodId });
    if (c.organizationIds) query.andWhere('(e.audience_organization_ids && :oids::uuid[] OR e.neighborhood_ids && :oids::uuid[])', { oids: c.organizationIds });
    if (c.status) query.andWhere('e.status = :status', { status: c.status });
    if (c.kind) query.andWhere('e.kind = :kind', { kind: c.kind });
    if (c.language) query.andWhere(`EXISTS (SELECT 1 FROM unnest(e.languages) AS l WHERE lower(l) = lower(:lang) OR lower(l) LIKE lower(:lang) || '-%')`, { lang: c.language });
    // The feature name is one of AccessibilityFeatures (the contract checked it), passed as a value all the same.
    if (c.accessibility) query.andWhere(`(e.accessibility ->> :feature)::boolean IS TRUE`, { feature: c.accessibility });
    if (c.text) {
      const pattern = `%${c.text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      query.andWhere(`(e.title ILIKE :text OR e.description ILIKE :text OR e.address ILIKE :text)`, { text: pattern });
    }
    if (c.from || c.to) query.andWhere(`e.during && tstzrange(:from, :to, '[)')`, { from: c.from ?? null, to: c.to ?? null });
    if (c.draftsOf !== 'all') query.andWhere(`(e.status <> 'draft' OR e.bureau = :own)`, { own: c.draftsOf });
    return query;
  }

  /** Engagements in one of `statuses` overlapping [from, to), through the GiST index on `during`. */
  async inPeriod(from: Date, to: Date, statuses: readonly EngagementStatus[]): Promise<Engagement[]> {
    return this.dataSource
      .getRepository(Engagement)
      .createQueryBuilder('e')
      .where(`e.during && tstzrange(:from, :to, '[)')`, { from, to })
      .andWhere('e.status = ANY(:statuses)', { statuses })
      .orderBy('e.starts_at', 'ASC')
      .getMany();
  }

  /** Engagements, those held, and their expected and actual attendance per month of the city's calendar. */
  async attendanceByMonth(timeZone: string, from: Date | null, to: Date | null, bureau: string | null): Promise<MonthlyAttendance[]> {
    const rows = await this.dataSource.query<Array<{ month: string; engagements: number; held: number; expected: number; actual: number }>>(
      `SELECT to_char(date_trunc('month', starts_at AT TIME ZONE $1), 'YYYY-MM') AS month,
              count(*)::int AS engagements,
              count(*) FILTER (WHERE status IN ('held', 'closed'))::int AS held,
              coalesce(sum(expected_attendance), 0)::int AS expected,
              coalesce(sum(actual_attendance), 0)::int AS actual
         FROM engagement
        WHERE status IN ('scheduled', 'postponed', 'held', 'closed')
          AND ($2::timestamptz IS NULL OR starts_at >= $2) AND ($3::timestamptz IS NULL OR starts_at < $3)
          AND ($4::text IS NULL OR bureau = $4)
        GROUP BY 1 ORDER BY 1`,
      [timeZone, from, to, bureau],
    );
    return rows.map((r) => ({ month: r.month, engagements: r.engagements, held: r.held, expectedAttendance: r.expected, actualAttendance: r.actual }));
  }
}
