import { Controller, Get, Header } from '@nestjs/common';
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
}

@Controller()
export class ServiceHealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly readiness: ServiceReadiness,
    private readonly metrics: ServiceMetrics,
  ) {}

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
