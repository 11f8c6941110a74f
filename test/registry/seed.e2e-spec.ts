import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import { createServiceApp, InProcessBroker } from '#libs/messaging';
import { TestNamespace } from '#libs/testing';
import { BoundaryIndex } from '#libs/geo';
import { OrganizationService } from '../../apps/registry/src/organizations/organization.service.js';
import { RegistryModule } from '../../apps/registry/src/registry.module.js';
import { portlandOrganizations } from '../../apps/registry/src/seed/portland-organizations.js';
import { readPortlandData } from '../../apps/registry/src/seed/portland-data.js';
import { RegistrySeed, seedIfEmpty } from '../../apps/registry/src/seed/registry-seed.js';
import { runSeed } from '../../apps/registry/src/seed/seed.command.js';

/** The Portland seed through the registry's own service, against a fresh database of its own. */
describe('registry seed', () => {
  const ns = new TestNamespace();
  const env = ns.env({ natsUrl: null });
  const broker = new InProcessBroker({ duplicateWindowMs: 600_000, concurrency: 8 });
  let registry: INestApplication | undefined;
  let db: pg.Client;
  const portland = portlandOrganizations(readPortlandData());

  async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await db.query(sql, params)).rows as T[];
  }
  const outboxCount = async () => Number((await rows<{ n: string }>('SELECT count(*) AS n FROM outbox_event'))[0].n);

  beforeAll(async () => {
    // No relay: the events stay in the outbox, where this test counts them.
    registry = await createServiceApp(RegistryModule.forRoot({ env, broker, probes: false }), { relay: false });
    await registry.init();
    db = new pg.Client({ connectionString: ns.databaseUrl('registry') });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await registry?.close();
    broker.close();
    await ns.cleanup();
  });

  it('seeds an empty registry: every kind in its number', async () => {
    expect(await seedIfEmpty(registry!)).toEqual({ created: 175, updated: 0 });
    const counts = await rows<{ kind: string; n: number }>('SELECT kind, count(*)::int AS n FROM organization GROUP BY kind ORDER BY kind');
    expect(Object.fromEntries(counts.map((c) => [c.kind, c.n]))).toEqual({
      bureau: 20,
      business_district_association: 50,
      council_district: 4,
      district_coalition: 7,
      neighborhood_association: 94,
    });
  });

  it('gives every neighborhood association a coalition parent and at least one council district', async () => {
    const orphans = await rows<{ slug: string }>(`
      SELECT na.slug FROM organization na LEFT JOIN organization parent ON parent.id = na.parent_id
      WHERE na.kind = 'neighborhood_association'
        AND (parent.kind IS DISTINCT FROM 'district_coalition' OR cardinality(na.council_districts) = 0)`);
    expect(orphans).toEqual([]);
    const [southwest] = await rows<{ n: number }>(`
      SELECT count(*)::int AS n FROM organization na JOIN organization parent ON parent.id = na.parent_id
      WHERE parent.slug = 'southwest-community-services'`);
    expect(southwest.n).toBe(18);
  });

  it('writes exactly one created event per organization, carrying its record', async () => {
    const events = await rows<{ aggregate_id: string; type: string; n: number }>(
      'SELECT aggregate_id, type, count(*)::int AS n FROM outbox_event GROUP BY aggregate_id, type',
    );
    const ids = await rows<{ id: string }>('SELECT id FROM organization');
    expect(events).toHaveLength(175);
    expect(new Set(events.map((e) => e.aggregate_id))).toEqual(new Set(ids.map((i) => i.id)));
    expect(events.every((e) => e.type === 'gov.civic.registry.organization.created.v1' && e.n === 1)).toBe(true);
    const [kenton] = await rows<{ envelope: { data: { organization: Record<string, unknown> } } }>(
      `SELECT e.envelope FROM outbox_event e JOIN organization o ON o.id::text = e.aggregate_id WHERE o.slug = 'kenton'`,
    );
    expect(kenton.envelope.data.organization).toMatchObject({
      slug: 'kenton',
      kind: 'neighborhood_association',
      councilDistricts: ['2'],
      version: 1,
      boundary: { type: 'Polygon' },
      representativePoint: [expect.any(Number), expect.any(Number)],
    });
  });

  it('changes nothing and publishes nothing when run again, by the service or by npm run seed', async () => {
    const before = await outboxCount();
    const seed = new RegistrySeed(registry!.get(OrganizationService));
    expect(await seed.run()).toEqual({ created: 0, updated: 0 });
    const lines: string[] = [];
    expect(await runSeed(env, (l) => lines.push(l))).toBe(0);
    expect(lines).toEqual(['seed: the registry already matches the Portland data; nothing changed']);
    expect(await seedIfEmpty(registry!)).toBeNull();
    expect(await outboxCount()).toBe(before);
    expect(await rows('SELECT slug FROM organization WHERE version <> 1')).toEqual([]);
  });

  it('updates what the data changed as the next version, with one updated event', async () => {
    const before = await outboxCount();
    const changed = portland.map((o) => (o.slug === 'sunnyside' ? { ...o, website: 'https://sunnysideportland.org/' } : o));
    expect(await new RegistrySeed(registry!.get(OrganizationService)).run(changed)).toEqual({ created: 0, updated: 1 });
    const [row] = await rows<{ id: string; version: number; website: string }>(`SELECT id, version, website FROM organization WHERE slug = 'sunnyside'`);
    expect(row).toMatchObject({ version: 2, website: 'https://sunnysideportland.org/' });
    const added = await rows<{ aggregate_id: string; type: string }>('SELECT aggregate_id, type FROM outbox_event ORDER BY seq OFFSET $1', [before]);
    expect(added).toEqual([{ aggregate_id: row.id, type: 'gov.civic.registry.organization.updated.v1' }]);
    // Back to the shipped data: one more version, then quiet again.
    expect(await new RegistrySeed(registry!.get(OrganizationService)).run()).toEqual({ created: 0, updated: 1 });
    expect(await new RegistrySeed(registry!.get(OrganizationService)).run()).toEqual({ created: 0, updated: 0 });
  });

  it('resolves points from the data to the stored boundaries that contain them, and a point outside the city to nothing', async () => {
    const stored = await registry!.get(OrganizationService).all();
    const index = new BoundaryIndex(stored.filter((o) => o.boundary).map((o) => ({ value: o, boundary: o.boundary! })));
    const kenton = stored.find((o) => o.slug === 'kenton')!;
    const [lon, lat] = kenton.representativePoint!;
    const found = index.containing(lon, lat);
    expect(found.filter((o) => o.kind === 'neighborhood_association').map((o) => o.slug)).toEqual(['kenton']);
    expect(found.filter((o) => o.kind === 'council_district').map((o) => o.slug)).toEqual(['council-district-2']);
    expect(found.find((o) => o.kind === 'neighborhood_association')!.parentId).toBe(stored.find((o) => o.slug === 'north-portland-neighborhood-services')!.id);
    expect(index.containing(-121.5, 45.5)).toEqual([]); // Mount Hood's foothills
  });
});
