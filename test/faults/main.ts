import 'reflect-metadata';
import { details, table } from './report.js';
import { readOptions, runFaultSuite } from './suite.js';

/**
 * `npm run test:faults`: every fault in turn on a private cluster, one table, and exit code 1 on
 * any loss, duplicate effect, crash or hang. Options: FAULTS, OUTAGE_SECONDS, DOWN_SECONDS,
 * WORKLOAD_GROUPS, BURST_SIZE, REPLICA_SERVICE, RECOVERY_TIMEOUT_SECONDS (or the same as --flags).
 */
const say = (line: string) => process.stdout.write(`${line}\n`);

try {
  const options = readOptions(process.argv.slice(2), process.env);
  const started = Date.now();
  const report = await runFaultSuite(options, say);
  say('');
  say(table(report));
  for (const l of details(report)) say(l);
  say(`\n${report.passed ? 'PASSED' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`);
  process.exitCode = report.passed ? 0 : 1;
} catch (err) {
  process.stderr.write(`test:faults: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
}
