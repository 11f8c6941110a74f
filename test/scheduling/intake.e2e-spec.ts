import type { INestApplication } from '@nestjs/common';
import { jetstream } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { createServiceApp } from '#libs/messaging';
import { TEST_NATS_URL, TestNamespace, eventually } from '#libs/testing';
import { OrganizationReferenceService } from '../../apps/scheduling/src/organizations/organization-reference.service.js';
import { SchedulingModule } from '../../apps/scheduling/src/scheduling.module.js';
import { portlandRecords } from './scheduling-platform.js';

/** Bureaus publishing engagements on NATS JetStream themselves: `civic.intake.engagement.<bureau>`. */
describe('engagement intake over NATS', () => {
  const ns = new TestNamespace();
  const env = ns.env({ extra: { OUTBOX_POLL_MS: '100' } });
  let scheduling: INestApplication;
  let nc: NatsConnection;
  let db: pg.Client;
  const rejected: Array<Record<string, unknown>> = [];
  const scheduled: Array<Record<string, unknown>> = [];
  const records = portlandRecords();
  const kenton = records.find((r) => r.slug === 'kenton')!;

  beforeAll(async () => {
    scheduling = await createServiceApp(SchedulingModule.forRoot({ env }));
    await scheduling.init();
    const references = scheduling.get(OrganizationReferenceService);
    await scheduling.get(DataSource).transaction(async (manager) => {
      for (const record of records) await references.apply(manager, record);
    });
    nc = await connect({ servers: TEST_NATS_URL });
    const collect = (subject: string, into: Array<Record<string, unknown>>) =>
      nc.subscribe(`${ns.prefix}.${subject}`, {
        callback: (_err, msg) => {
          into.push(msg.json<Record<string, unknown>>());
        },
      });
    collect('civic.intake.engagement.rejected', rejected);
    collect('civic.engagement.scheduled', scheduled);
    db = new pg.Client({ connectionString: ns.databaseUrl('scheduling') });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await nc?.drain();
    await scheduling?.close();
    await ns.cleanup();
  });

  async function publish(bureau: string, data: Record<string, unknown>): Promise<string> {
    const id = uuidv7();
    const envelope = {
      specversion: '1.0',
      id,
      source: `/bureaus/${bureau}`,
      type: 'gov.civic.intake.engagement.v1',
      time: new Date().toISOString(),
      datacontenttype: 'application/json',
      correlationid: id,
      data,
    };
    await jetstream(nc).publish(`${ns.prefix}.civic.intake.engagement.${bureau}`, JSON.stringify(envelope), { msgID: id });
    return id;
  }
  const engagement = (extra: Record<string, unknown> = {}) => {
    const [lon, lat] = kenton.representativePoint!;
    return {
      title: 'Kenton library tabling',
      kind: 'tabling',
      startsAt: '2027-04-02T11:00:00',
      endsAt: '2027-04-02T13:00:00',
      location: { address: 'Kenton library', lat, lon },
      ...extra,
    };
  };
  const byExternalId = async (bureau: string, externalId: string) =>
    (await db.query(`SELECT id, status, neighborhood_ids FROM engagement WHERE bureau = $1 AND external_id = $2`, [bureau, externalId])).rows;

  it('turns a bureau’s intake message into an engagement and its canonical event; a repeat is a no-op', async () => {
    await publish('PBOT', engagement({ externalId: 'pbot-77' }));
    const [row] = await eventually(() => byExternalId('PBOT', 'pbot-77'), (rows) => rows.length === 1);
    expect(row).toMatchObject({ status: 'scheduled', neighborhood_ids: [kenton.id] });
    await eventually(async () => scheduled, (events) => events.some((e) => (e.data as { engagement: { id: string } }).engagement.id === row.id));

    await publish('PBOT', engagement({ externalId: 'pbot-77', title: 'Published twice' }));
    await publish('PBOT', engagement({ externalId: 'pbot-78' }));
    await eventually(() => byExternalId('PBOT', 'pbot-78'), (rows) => rows.length === 1);
    expect(await byExternalId('PBOT', 'pbot-77')).toHaveLength(1);
  });

  it('answers an invalid engagement with civic.intake.engagement.rejected naming the reasons, and creates nothing', async () => {
    const id = await publish('BES', engagement({ externalId: 'bes-1', endsAt: '2027-04-02T10:00:00', audience: { organizations: ['no-such-group'] } }));
    const [answer] = await eventually(async () => rejected.filter((r) => (r.data as { intakeEventId: string }).intakeEventId === id), (found) => found.length === 1);
    expect(answer).toMatchObject({ type: 'gov.civic.intake.engagement.rejected.v1', bureau: 'BES' });
    expect(answer.data).toMatchObject({ bureau: 'BES', externalId: 'bes-1' });
    const reasons = (answer.data as { reasons: string[] }).reasons;
    expect(reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^endsAt: /), 'audience.organizations: no organization has id or slug "no-such-group"']));
    expect(await byExternalId('BES', 'bes-1')).toEqual([]);

    const malformed = await publish('BES', { title: '', kind: 'party', startsAt: 'tomorrow' });
    const [bad] = await eventually(async () => rejected.filter((r) => (r.data as { intakeEventId: string }).intakeEventId === malformed), (found) => found.length === 1);
    const fields = (bad.data as { reasons: string[] }).reasons.map((r) => r.split(':')[0]);
    expect(fields).toEqual(expect.arrayContaining(['title', 'kind', 'startsAt', 'endsAt']));
  });

  it('rejects text Postgres cannot store and nesting no engagement has, instead of failing the handler until the dead letter', async () => {
    const nul = await publish('BES', engagement({ externalId: 'bes-nul', title: 'Lombard\u0000Street' }));
    const deep = await publish('BES', engagement({ externalId: 'bes-deep', location: JSON.parse(`{"address":${'['.repeat(40)}${']'.repeat(40)}}`) as unknown }));
    const answers = await eventually(async () => rejected.filter((r) => [nul, deep].includes((r.data as { intakeEventId: string }).intakeEventId)), (found) => found.length === 2);
    const reasonsOf = (id: string) => (answers.find((r) => (r.data as { intakeEventId: string }).intakeEventId === id)!.data as { reasons: string[] }).reasons;
    expect(reasonsOf(nul)).toEqual(['title: title must not contain NUL characters (U+0000)']);
    expect(reasonsOf(deep)).toEqual([expect.stringMatching(/^location\.address(\.0)+: .* nests deeper than 32 levels$/)]);
    expect(await byExternalId('BES', 'bes-nul')).toEqual([]);
    expect(await byExternalId('BES', 'bes-deep')).toEqual([]);
  });

  it('rejects a message whose bureau does not match its subject', async () => {
    const id = await publish('PBOT', engagement({ bureau: 'BES', externalId: 'sneaky' }));
    const [answer] = await eventually(async () => rejected.filter((r) => (r.data as { intakeEventId: string }).intakeEventId === id), (found) => found.length === 1);
    expect((answer.data as { reasons: string[] }).reasons).toEqual(['bureau: the subject is for PBOT but the engagement names BES']);
    expect(await byExternalId('BES', 'sneaky')).toEqual([]);
    expect(await byExternalId('PBOT', 'sneaky')).toEqual([]);
  });
});
