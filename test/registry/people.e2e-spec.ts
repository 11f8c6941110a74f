import { TestNamespace } from '#libs/testing';
import { portland } from '../../apps/registry/src/seed/portland-fixture.js';
import { startSeededRegistry, type SeededRegistry } from './seeded-registry.js';

/** Contact people, memberships and the Popolo export, through the gateway to a seeded registry. */
describe('people, memberships and the Popolo export', () => {
  const ns = new TestNamespace();
  const env = ns.env({ natsUrl: null });
  let platform: SeededRegistry | undefined;
  let http: SeededRegistry['http'];
  const keys = { admin: '', coordinator: '', bureau: '' };
  let chair: { id: string };

  beforeAll(async () => {
    platform = await startSeededRegistry(env);
    http = platform.http;
    keys.admin = await platform.createKey('--role', 'admin');
    keys.coordinator = await platform.createKey('--role', 'coordinator');
    keys.bureau = await platform.createKey('--role', 'bureau', '--bureau', 'BES');
    chair = (await http.post('/v1/people').set(bearer(keys.admin)).send({ name: 'Ana Ruiz', email: 'ana@kenton.example', phone: '+1 503 555 0100' })).body;
    await http.post('/v1/organizations/kenton/memberships').set(bearer(keys.admin)).send({ personId: chair.id, role: 'chair', startDate: '2025-01-01' });
  });

  afterAll(async () => {
    await platform?.close();
    await ns.cleanup();
  });

  const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

  it('shows contacts to coordinator and admin keys and hides them from bureau keys', async () => {
    for (const key of [keys.admin, keys.coordinator]) {
      const res = await http.get(`/v1/people/${chair.id}`).set(bearer(key));
      expect(res.body).toEqual({ id: chair.id, name: 'Ana Ruiz', email: 'ana@kenton.example', phone: '+1 503 555 0100' });
    }
    const hidden = await http.get(`/v1/people/${chair.id}`).set(bearer(keys.bureau));
    expect(hidden.status).toBe(200);
    expect(hidden.body).toEqual({ id: chair.id, name: 'Ana Ruiz' });
  });

  it('lists an organization’s current people with their roles, contacts by role', async () => {
    const staff = await http.get('/v1/organizations/kenton/people').set(bearer(keys.coordinator));
    expect(staff.status).toBe(200);
    expect(staff.body).toEqual([
      { person: expect.objectContaining({ id: chair.id, email: 'ana@kenton.example' }), membership: expect.objectContaining({ role: 'chair', startDate: '2025-01-01', endDate: null }) },
    ]);
    const bureau = await http.get('/v1/organizations/kenton/people').set(bearer(keys.bureau));
    expect(bureau.body[0].person).toEqual({ id: chair.id, name: 'Ana Ruiz' });
    expect(JSON.stringify(bureau.body)).not.toMatch(/ana@kenton|555 0100/);
  });

  it('ends a membership: it leaves the current list and stays in the full one', async () => {
    const person = (await http.post('/v1/people').set(bearer(keys.admin)).send({ name: 'Bo Tran' })).body;
    const joined = await http.post('/v1/organizations/sunnyside/memberships').set(bearer(keys.admin)).send({ personId: person.id, role: 'land use contact', startDate: '2024-03-01' });
    expect(joined.status).toBe(201);
    const ended = await http.post(`/v1/memberships/${joined.body.id}/end`).set(bearer(keys.admin)).send({ endDate: '2025-02-28' });
    expect(ended.status).toBe(200);
    expect(ended.body.endDate).toBe('2025-02-28');
    expect((await http.get('/v1/organizations/sunnyside/people').set(bearer(keys.admin))).body).toEqual([]);
    const all = await http.get('/v1/organizations/sunnyside/people').query({ ended: 'true' }).set(bearer(keys.admin));
    expect(all.body.map((m: { membership: { role: string } }) => m.membership.role)).toEqual(['land use contact']);
  });

  it('exports Popolo JSON of the filtered organizations, their people and memberships', async () => {
    const res = await http.get('/v1/organizations/popolo').query({ coalition: 'north-portland-neighborhood-services' }).set(bearer(keys.coordinator));
    expect(res.status).toBe(200);
    const kenton = res.body.organizations.find((o: { name: string }) => o.name === 'Kenton');
    expect(kenton).toEqual(
      expect.objectContaining({
        classification: 'neighborhood_association',
        identifiers: expect.arrayContaining([{ scheme: 'slug', identifier: 'kenton' }, expect.objectContaining({ scheme: 'ocd-id' })]),
        parent_id: expect.any(String),
      }),
    );
    const npns = portland.find((o) => o.slug === 'north-portland-neighborhood-services')!.ocdId;
    expect(res.body.organizations).toHaveLength(portland.filter((o) => o.parentOcdId === npns).length);
    expect(res.body.persons).toEqual([{ id: chair.id, name: 'Ana Ruiz', email: 'ana@kenton.example', contact_details: [{ type: 'email', value: 'ana@kenton.example' }, { type: 'voice', value: '+1 503 555 0100' }] }]);
    expect(res.body.memberships).toEqual([{ id: expect.any(String), person_id: chair.id, organization_id: kenton.id, role: 'chair', start_date: '2025-01-01' }]);
    const bureau = await http.get('/v1/organizations/popolo').query({ coalition: 'north-portland-neighborhood-services' }).set(bearer(keys.bureau));
    expect(bureau.body.persons).toEqual([{ id: chair.id, name: 'Ana Ruiz', contact_details: [] }]);
  });

  it('exports every organization without a filter, with districts as Popolo areas', async () => {
    const res = await http.get('/v1/organizations/popolo').set(bearer(keys.bureau));
    expect(res.status).toBe(200);
    expect(res.body.organizations.length).toBeGreaterThanOrEqual(94 + 7 + 4);
    const district = res.body.organizations.find((o: { classification: string }) => o.classification === 'council_district');
    expect(district.area_id).toMatch(/^ocd-division\/country:us\/state:or\/place:portland\/council_district:\d$/);
  });

  it('answers 400 naming the field for bad people, memberships and slugs, creating nothing', async () => {
    const badPerson = await http.post('/v1/people').set(bearer(keys.admin)).send({ name: '', email: 'not-an-email', phone: 'call me' });
    expect(badPerson.status).toBe(400);
    expect(badPerson.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'name', 'phone']);
    const join = (body: object) => http.post('/v1/organizations/kenton/memberships').set(bearer(keys.admin)).send(body);
    expect((await join({ personId: chair.id, role: 'chair', startDate: '2025-13-01' })).body.errors).toEqual([expect.objectContaining({ field: 'startDate' })]);
    const backwards = await join({ personId: chair.id, role: 'chair', startDate: '2025-05-01', endDate: '2025-04-01' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual([expect.objectContaining({ field: 'endDate' })]);
    const unknownPerson = await join({ personId: '00000000-0000-4000-8000-000000000000', role: 'chair' });
    expect(unknownPerson.status).toBe(400);
    expect(unknownPerson.body.errors).toEqual([expect.objectContaining({ field: 'personId' })]);
    expect((await http.post('/v1/organizations/no-such-place/memberships').set(bearer(keys.admin)).send({ personId: chair.id, role: 'chair' })).status).toBe(404);
    const reserved = await http.post('/v1/organizations').set(bearer(keys.admin)).send({ slug: 'popolo', kind: 'community_organization', name: 'Popolo' });
    expect(reserved.status).toBe(400);
    expect((await http.get('/v1/organizations/kenton/people').set(bearer(keys.admin))).body).toHaveLength(1);
  });

  it('answers 403 to a non-admin write and 404 to an unknown person', async () => {
    expect((await http.post('/v1/people').set(bearer(keys.coordinator)).send({ name: 'X' })).status).toBe(403);
    expect((await http.post('/v1/organizations/kenton/memberships').set(bearer(keys.bureau)).send({ personId: chair.id, role: 'chair' })).status).toBe(403);
    expect((await http.get('/v1/people/00000000-0000-4000-8000-000000000000').set(bearer(keys.admin))).status).toBe(404);
  });
});
