import { ProcessServices, type LocalService } from '#libs/observability';
import { ProblemException } from '../problems/problem-details.js';
import type { DownstreamHealth } from './downstream-health.js';
import { ProcessHealth } from './process-health.service.js';

/** Downstream probes have their own spec; here one service elsewhere is down, which must not make the process unready. */
const downstream = { reports: async () => ({ notifications: { status: 'down', message: 'no answer within 1000 ms' } }) } as unknown as DownstreamHealth;

describe('ProcessHealth', () => {
  const registered: string[] = [];
  const register = (service: LocalService) => {
    ProcessServices.register(service);
    registered.push(service.service);
  };
  afterEach(() => {
    for (const s of registered.splice(0)) ProcessServices.unregister(s);
  });

  it('reports every service of the process, sorted by name, when all are up', async () => {
    register({ service: 'registry', ready: async () => ({ 'registry-database': { status: 'up' } }) });
    register({ service: 'gateway', ready: async () => ({ 'gateway-database': { status: 'up' } }) });
    await expect(new ProcessHealth(downstream).check()).resolves.toEqual({
      status: 'ok',
      services: {
        gateway: { status: 'up', checks: { 'gateway-database': { status: 'up' } } },
        registry: { status: 'up', checks: { 'registry-database': { status: 'up' } } },
      },
      downstream: { notifications: { status: 'down', message: 'no answer within 1000 ms' } },
    });
  });

  it('throws a 503 problem naming each service that is down or failed to answer', async () => {
    register({ service: 'registry', ready: async () => ({ 'registry-database': { status: 'up' }, 'registry-nats': { status: 'down' } }) });
    register({ service: 'feedback', ready: () => Promise.reject(new Error('pool closed')) });
    register({ service: 'gateway', ready: async () => ({ 'gateway-database': { status: 'up' } }) });
    const failure = await new ProcessHealth(downstream).check().then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(ProblemException);
    const problem = (failure as ProblemException).problem;
    expect(problem).toMatchObject({ status: 503, detail: 'Not ready: feedback, registry.' });
    expect(problem.services).toMatchObject({
      feedback: { status: 'down', checks: {}, message: 'pool closed' },
      registry: { status: 'down' },
      gateway: { status: 'up' },
    });
  });
});
