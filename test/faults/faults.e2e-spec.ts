import { details, table } from './report.js';
import { readOptions, runFaultSuite, type SuiteReport } from './suite.js';

/**
 * The short version of `npm run test:faults` for CI: a few faults on a small workload, each on the
 * distributed platform (every service its own process, private NATS and Postgres). Needs the build.
 */
describe('fault injection (short)', () => {
  let report: SuiteReport;

  beforeAll(async () => {
    const options = readOptions(['--faults', 'kill-scheduling,nats-kill,postgres-restart,burst', '--groups', '3', '--outage-seconds', '5', '--down-seconds', '2'], {});
    report = await runFaultSuite(options);
  }, 300_000);

  it('loses nothing, stores nothing twice, dead-letters nothing and recovers from every fault', () => {
    // On failure the table and the reasons say which fault did what.
    expect(report.passed ? 'passed' : `${table(report)}\n${details(report).join('\n')}`).toBe('passed');
    for (const phase of report.phases) {
      expect({ fault: phase.fault, lost: phase.reconciliation.lost, duplicated: phase.reconciliation.duplicated, recovered: phase.recoverySeconds !== null }).toEqual({
        fault: phase.fault,
        lost: 0,
        duplicated: 0,
        recovered: true,
      });
      expect(phase.reconciliation.accepted).toBeGreaterThan(0);
    }
    expect(report.total).toMatchObject({ lost: 0, duplicated: 0, deadLetters: 0 });
    expect(report.crashes).toEqual([]);
  });
});
