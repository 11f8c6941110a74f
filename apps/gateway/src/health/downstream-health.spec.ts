import { InProcessBroker, InProcessClient, QueryClient, readinessQuery, SubjectNaming, type ReadinessAnswer } from '#libs/messaging';
import { ProcessServices } from '#libs/observability';
import { DOWNSTREAM_CACHE_MS, DownstreamHealth } from './downstream-health.js';

describe('DownstreamHealth', () => {
  const naming = new SubjectNaming();
  let broker: InProcessBroker;
  let queries: QueryClient;
  let clock = 0;
  const asked: string[] = [];
  const hung: Array<() => void> = [];

  /** A service that answers its readiness query over the in-process transport. */
  function serve(service: string, answer: ReadinessAnswer | 'hang'): void {
    broker.answer(naming.query(readinessQuery(service)), async () => {
      asked.push(service);
      // A hung service answers only when the test ends, so that no request outlives it.
      return answer === 'hang' ? new Promise((resolve) => hung.push(() => resolve({ data: null }))) : { data: answer };
    });
  }

  beforeEach(() => {
    broker = new InProcessBroker({ duplicateWindowMs: 60_000, concurrency: 4 });
    queries = new QueryClient(new InProcessClient(naming, broker, 5000));
    asked.length = 0;
    clock = 1_000_000;
  });

  afterEach(() => {
    for (const release of hung.splice(0)) release();
    broker.close();
    ProcessServices.unregister('scheduling');
  });

  it('says which services answer, which answer that they are not ready, and which do not answer', async () => {
    serve('registry', { status: 'up', checks: { 'registry-database': { status: 'up' } } });
    serve('scheduling', { status: 'down', checks: { 'scheduling-database': { status: 'down', message: 'connect ECONNREFUSED' } } });
    serve('feedback', 'hang');
    const reports = await new DownstreamHealth(queries, () => clock).reports();
    expect(reports).toEqual({
      registry: { status: 'up', checks: { 'registry-database': { status: 'up' } } },
      scheduling: { status: 'down', checks: { 'scheduling-database': { status: 'down', message: 'connect ECONNREFUSED' } } },
      feedback: { status: 'down', message: 'no answer within 1000 ms' },
      notifications: { status: 'down', message: expect.stringMatching(/^No service answers query "notifications\.readiness"/) },
    });
  });

  it('does not ask the services that run in this process', async () => {
    ProcessServices.register({ service: 'scheduling', ready: async () => ({}) });
    serve('scheduling', { status: 'up', checks: {} });
    const reports = await new DownstreamHealth(queries, () => clock).reports();
    expect(Object.keys(reports)).toEqual(['registry', 'feedback', 'notifications']);
    expect(asked).toEqual([]);
  });

  it('asks each service once per cache period, however often it is asked', async () => {
    serve('registry', { status: 'up', checks: {} });
    const health = new DownstreamHealth(queries, () => clock);
    await Promise.all([health.reports(), health.reports()]);
    clock += DOWNSTREAM_CACHE_MS - 1;
    await health.reports();
    expect(asked).toEqual(['registry']);
    clock += 1;
    await health.reports();
    expect(asked).toEqual(['registry', 'registry']);
  });
});
