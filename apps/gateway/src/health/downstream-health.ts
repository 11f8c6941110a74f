import { Injectable } from '@nestjs/common';
import type { HealthIndicatorResult } from '@nestjs/terminus';
import { QueryClient, readinessQuery, type ReadinessAnswer } from '#libs/messaging';
import { ProcessServices } from '#libs/observability';
import { answerWithin } from './answer-within.js';

/** The services the gateway forwards `/v1` requests to. */
export const DOWNSTREAM_SERVICES = ['registry', 'scheduling', 'feedback', 'notifications'] as const;

/** A probe waits this long at most, so a hung service cannot hold up the gateway's own readiness. */
const PROBE_TIMEOUT_MS = 1000;
/** Probes are shared for this long, so frequent `/health` calls cost the services one query each. */
export const DOWNSTREAM_CACHE_MS = 2000;

export interface DownstreamReport {
  status: 'up' | 'down';
  checks?: HealthIndicatorResult;
  message?: string;
}

/**
 * Whether each service the gateway forwards to, but does not run in this process, answers its
 * readiness query. Informational: one service down makes its routes answer 503, not the gateway unready.
 */
@Injectable()
export class DownstreamHealth {
  private last?: { at: number; reports: Promise<Record<string, DownstreamReport>> };

  constructor(
    private readonly queries: QueryClient,
    private readonly now: () => number = Date.now,
  ) {}

  reports(): Promise<Record<string, DownstreamReport>> {
    const now = this.now();
    if (!this.last || now - this.last.at >= DOWNSTREAM_CACHE_MS) this.last = { at: now, reports: this.probeAll() };
    return this.last.reports;
  }

  private async probeAll(): Promise<Record<string, DownstreamReport>> {
    const local = new Set(ProcessServices.all().map((s) => s.service));
    const remote = DOWNSTREAM_SERVICES.filter((service) => !local.has(service));
    return Object.fromEntries(await Promise.all(remote.map(async (service) => [service, await this.probe(service)] as const)));
  }

  private async probe(service: string): Promise<DownstreamReport> {
    try {
      const { status, checks } = await answerWithin(this.queries.ask<ReadinessAnswer>(readinessQuery(service), {}), PROBE_TIMEOUT_MS);
      return { status, checks };
    } catch (err) {
      return { status: 'down', message: (err as Error).message };
    }
  }
}
