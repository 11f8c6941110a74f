import { DataSource } from 'typeorm';
import { InboxEventRepository, OutboxEventRepository, openServiceDatabase, type NewOutboxEvent } from '#libs/persistence';
import { TestNamespace } from '#libs/testing';

const row = (n: number, aggregateId: string): NewOutboxEvent => {
  const id = `0190a3e5-0000-7000-8000-${String(n).padStart(12, '0')}`;
  return { id, aggregateId, subject: 'civic.intake.probe.recorded', type: 'gov.civic.intake.probe.recorded.v1', envelope: { id } };
};

/** The outbox and inbox tables against the real Postgres. */
describe('outbox and inbox repositories', () => {
  const ns = new TestNamespace();
  let ds: DataSource;
  let outbox: OutboxEventRepository;

  beforeAll(async () => {
    ds = await openServiceDatabase({ service: 'outbox', url: ns.databaseUrl('outbox') });
    outbox = new OutboxEventRepository(ds);
  });

  afterAll(async () => {
    await outbox.close();
    await ds.destroy();
    await ns.cleanup([]);
  });

  beforeEach(async () => {
    await ds.query('TRUNCATE outbox_event, inbox_event');
  });

  it('writes events only when the transaction that wrote them commits', async () => {
    await expect(
      ds.transaction(async (manager) => {
        await outbox.append(manager, [row(1, 'a')]);
        throw new Error('state change failed');
      }),
    ).rejects.toThrow('state change failed');
    expect(await outbox.pending()).toBe(0);
    await ds.transaction((manager) => outbox.append(manager, [row(2, 'a')]));
    expect(await outbox.pending()).toBe(1);
  });

  it('claims in commit order and leases what it took', async () => {
    await ds.transaction((m) => outbox.append(m, [row(1, 'a'), row(2, 'b'), row(3, 'a')]));
    const claimed = await outbox.claim(10, 60_000);
    expect(claimed.map((r) => r.id.slice(-1))).toEqual(['1', '2', '3']);
    expect(await outbox.claim(10, 60_000)).toEqual([]);
  });

  it('never lets an aggregate’s later event overtake an earlier one held by another relay', async () => {
    await ds.transaction((m) => outbox.append(m, [row(1, 'a'), row(2, 'a'), row(3, 'b')]));
    const first = await outbox.claim(1, 60_000);
    expect(first.map((r) => r.id.slice(-1))).toEqual(['1']);
    const second = await outbox.claim(10, 60_000);
    expect(second.map((r) => r.id.slice(-1))).toEqual(['3']);
    await outbox.markPublished(first.map((r) => r.id));
    expect((await outbox.claim(10, 60_000)).map((r) => r.id.slice(-1))).toEqual(['2']);
  });

  it('gives failed rows back for a later attempt and holds their successors', async () => {
    await ds.transaction((m) => outbox.append(m, [row(1, 'a'), row(2, 'a')]));
    const [first] = await outbox.claim(1, 60_000);
    await outbox.release([first.id], 'broker away', 300);
    expect(await outbox.claim(10, 60_000)).toEqual([]);
    await new Promise((r) => setTimeout(r, 400));
    const again = await outbox.claim(10, 60_000);
    expect(again.map((r) => [r.id.slice(-1), r.attempts])).toEqual([
      ['1', 2],
      ['2', 1],
    ]);
  });

  it('takes rows back from a relay whose lease ran out', async () => {
    await ds.transaction((m) => outbox.append(m, [row(1, 'a')]));
    await outbox.claim(10, 100);
    await new Promise((r) => setTimeout(r, 200));
    expect((await outbox.claim(10, 60_000)).map((r) => r.id.slice(-1))).toEqual(['1']);
  });

  it('prunes published rows past retention and replays a time range', async () => {
    await ds.transaction((m) => outbox.append(m, [row(1, 'a'), row(2, 'b')]));
    const claimed = await outbox.claim(10, 60_000);
    await outbox.markPublished(claimed.map((r) => r.id));
    expect(await outbox.pending()).toBe(0);
    expect(await outbox.replay(new Date(Date.now() - 60_000), new Date(Date.now() + 60_000))).toBe(2);
    expect(await outbox.pending()).toBe(2);
    await outbox.markPublished((await outbox.claim(10, 60_000)).map((r) => r.id));
    await ds.query(`UPDATE outbox_event SET published_at = now() - interval '2 days' WHERE id = $1`, [claimed[0].id]);
    expect(await outbox.prunePublished(24 * 3600_000)).toBe(1);
    expect(Number((await ds.query('SELECT count(*) AS n FROM outbox_event'))[0].n)).toBe(1);
  });

  it('records an event once per consumer', async () => {
    const inbox = new InboxEventRepository(ds);
    const id = row(1, 'a').id;
    const first = await ds.transaction((m) => inbox.recordAll(m, 'scheduling__x', [{ eventId: id, subject: 's' }]));
    const again = await ds.transaction((m) => inbox.recordAll(m, 'scheduling__x', [{ eventId: id, subject: 's' }]));
    const other = await ds.transaction((m) => inbox.recordAll(m, 'notifications__x', [{ eventId: id, subject: 's' }]));
    expect([...first]).toEqual([id]);
    expect(again.size).toBe(0);
    expect([...other]).toEqual([id]);
  });
});
