import type { HealthIndicatorResult } from '@nestjs/terminus';
import { Injectable } from '@nestjs/common';
import { ProcessServices, type LocalService } from '#libs/observability';
import { ProblemException, statusProblem } from '../problems/problem-details.js';

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
}

/** Readiness of every service in this process: all of them in single-process mode, just the gateway when distributed. */
@Injectable()
export class ProcessHealth {
  /** The report when every service is up; otherwise a 503 problem carrying the same report. */
  async check(): Promise<ProcessReadinessReport> {
    const reports = await Promise.all(ProcessServices.all().map(async (s) => [s.service, await readiness(s)] as const));
    const services = Object.fromEntries(reports.sort(([a], [b]) => a.localeCompare(b)));
    const down = reports.filter(([, r]) => r.status === 'down').map(([name]) => name);
    if (down.length > 0) throw new ProblemException(statusProblem(503, `Not ready: ${down.join(', ')}.`, { services }));
    return { status: 'ok', services };
  }
}

async function readiness(service: LocalService): Promise<ServiceReadinessReport> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
  });
  try {
    const checks = await Promise.race([service.ready(), timeout]);
    return { status: Object.values(checks).every((c) => c.status === 'up') ? 'up' : 'down', checks };
  } catch (err) {
    return { status: 'down', checks: {}, message: (err as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
