import { Controller, Get, Header, type Type } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { HealthCheck, HealthCheckService, HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { ServiceMetrics } from '#libs/observability';
import { NatsLink } from './jetstream/nats-link.js';

/** Readiness of a service's database and broker connection. */
export class ServiceReadiness {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
    private readonly link: NatsLink | null,
    private readonly service: string,
  ) {}

  async database(): Promise<HealthIndicatorResult> {
    const check = this.indicators.check(`${this.service}-database`);
    try {
      await this.dataSource.query('SELECT 1');
      return check.up();
    } catch (err) {
      return check.down({ message: (err as Error).message });
    }
  }

  broker(): HealthIndicatorResult {
    const check = this.indicators.check(`${this.service}-nats`);
    if (!this.link) return check.up({ transport: 'in-process' });
    return this.link.isConnected ? check.up({ transport: 'jetstream' }) : check.down({ message: 'not connected to NATS' });
  }

  checks(): Array<() => Promise<HealthIndicatorResult> | HealthIndicatorResult> {
    return [() => this.database(), () => this.broker()];
  }

  /** Every check at once, as a process-wide `/health` or another service's probe reads them. */
  async all(): Promise<HealthIndicatorResult> {
    return { ...(await this.database()), ...this.broker() };
  }
}

/** The query a service answers with its readiness, so that the gateway can say which services answer. */
export function readinessQuery(service: string): string {
  return `${service}.readiness`;
}

/** What a service answers to its readiness query. */
export interface ReadinessAnswer {
  status: 'up' | 'down';
  checks: HealthIndicatorResult;
}

/** Answers `<service>.readiness` over the service's transport; any replica may answer. */
export function readinessResponder(service: string): Type {
  @Controller()
  class ReadinessResponder {
    constructor(private readonly readiness: ServiceReadiness) {}

    @MessagePattern(readinessQuery(service))
    async answer(): Promise<ReadinessAnswer> {
      const checks = await this.readiness.all();
      return { status: Object.values(checks).every((c) => c.status === 'up') ? 'up' : 'down', checks };
    }
  }
  return ReadinessResponder;
}

@Controller()
export class ServiceHealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly readiness: ServiceReadiness,
    private readonly metrics: ServiceMetrics,
  ) {}

  /** Liveness: the process is up and its event loop answers; no dependency is asked. */
  @Get('health/live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: the database and the broker answer. */
  @Get('health')
  @HealthCheck()
  check() {
    return this.health.check(this.readiness.checks());
  }

  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async prometheus(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
