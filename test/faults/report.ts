import type { SuiteReport } from './suite.js';

/** The table main prints: one row per fault and one for the whole run, as Markdown. */
export function table(report: SuiteReport): string {
  const header = ['fault', 'outage s', 'accepted', 'retried', 'lost', 'duplicated', 'repeats', 'alerts', 'recovery s', 'result'];
  const rows = report.phases.map((p) => [
    p.fault,
    String(p.outageSeconds),
    String(p.reconciliation.accepted),
    String(p.retried),
    String(p.reconciliation.lost),
    String(p.reconciliation.duplicated),
    String(p.reconciliation.repeats),
    String(p.reconciliation.alerts),
    p.recoverySeconds === null ? 'never' : p.recoverySeconds.toFixed(1),
    p.passed ? 'ok' : 'FAILED',
  ]);
  const t = report.total;
  const retried = report.phases.reduce((n, p) => n + p.retried, 0);
  rows.push(['whole run', '', String(t.accepted), String(retried), String(t.lost), String(t.duplicated), String(t.repeats), String(t.alerts), '', report.passed ? 'ok' : 'FAILED']);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((h, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

/** Why each failed phase failed. */
export function details(report: SuiteReport): string[] {
  const out: string[] = [];
  for (const p of report.phases) {
    if (p.passed) continue;
    out.push(`${p.fault}:`);
    if (p.recoverySeconds === null) out.push(`  did not recover (backlog ${p.reconciliation.backlog}, gateway ready ${p.reconciliation.gatewayReady})`);
    if (p.abandoned) out.push(`  ${p.abandoned} write(s) without a 2xx before their deadline`);
    if (p.deadLetters) out.push(`  ${p.deadLetters} new dead letter(s)`);
    for (const r of p.refused) out.push(`  refused: ${r}`);
    for (const c of p.crashes) out.push(`  crashed: ${c.process} (code ${c.code}, signal ${c.signal})`);
    for (const f of p.reconciliation.findings) out.push(`  ${f}`);
  }
  for (const f of report.total.findings) out.push(`whole run: ${f}`);
  if (!report.passed) out.push(`Service logs: ${report.logDir}`);
  return out;
}
