import type { HealthIndicatorResult } from '@nestjs/terminus';
import { Injectable } from '@nestjs/common';
import { ProcessServices, type LocalService } from '#libs/observability';
import { ProblemException, statusProblem } from '../problems/problem-details.js';
import { answerWithin } from './answer-within.js';
import { DownstreamHealth, type DownstreamReport } from './downstream-health.js';

/** A probe that hangs must not hang the readiness check with it. */
const READY_TIMEOUT_MS = 3000;

export interface ServiceReadinessReport {
  status: 'up' | 'down';
  checks: HealthIndicatorResult;
  message?: string;
}

export interface ProcessReadinessReport {
  status: 'ok';
  services: Record<string, ServiceReadinessReport>;
  /** The services the gateway forwards to in other processes, and whether they answer. */
  downstream: Record<string, DownstreamReport>;
}

/**
 * Readiness of every service in this process (all of them in single-process mode, just the gateway
 * when distributed), and, for information, of the services it forwards to elsewhere.
 */
@Injectable()
export class ProcessHealth {
  constructor(private readonly downstreamHealth: DownstreamHealth) {}

  /** The report when every service of this process is up; otherwise a 503 problem carrying the same report. */
  async check(): Promise<ProcessReadinessReport> {
    const [reports, downstream] = await Promise.all([
      Promise.all(ProcessServices.all().map(async (s) => [s.service, await readiness(s)] as const)),
      this.downstreamHealth.reports(),
    ]);
    const services = Object.fromEntries(reports.sort(([a], [b]) => a.localeCompare(b)));
    const down = reports.filter(([, r]) => r.status === 'down').map(([name]) => name);
    if (down.length > 0) throw new ProblemException(statusProblem(503, `Not ready: ${down.join(', ')}.`, { services, downstream }));
    return { status: 'ok', services, downstream };
  }
}

async function readiness(service: LocalService): Promise<ServiceReadinessReport> {
  try {
    const checks = await answerWithin(service.ready(), READY_TIMEOUT_MS);
    return { status: Object.values(checks).every((c) => c.status === 'up') ? 'up' : 'down', checks };
  } catch (err) {
    return { status: 'down', checks: {}, message: (err as Error).message };
  }
}
