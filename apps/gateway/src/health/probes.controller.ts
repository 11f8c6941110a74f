import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '#libs/auth';
import { platformRegistry } from '#libs/observability';
import { ProblemResponses } from '../openapi/openapi.js';
import { ProcessHealth, type ProcessReadinessReport } from './process-health.service.js';

/** The process's `/health` and `/metrics`, covering every service it runs (ServiceModule's own are off in the gateway). */
@ApiTags('probes')
@Public()
@Controller()
export class ProbesController {
  constructor(private readonly health: ProcessHealth) {}

  @Get('health/live')
  @ApiOperation({ summary: 'Liveness: the process is up; no dependency is asked' })
  @ApiOkResponse({ description: 'The process answers' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('health')
  @ApiOperation({
    summary: 'Readiness of every service in this process (database, broker); `downstream` says which services it forwards to answer, without making it unready',
  })
  @ApiOkResponse({ description: 'Every service of this process is ready' })
  @ProblemResponses(503)
  check(): Promise<ProcessReadinessReport> {
    return this.health.check();
  }

  @Get('metrics')
  @Header('Content-Type', platformRegistry.contentType)
  @ApiOperation({ summary: 'Prometheus metrics of every service in this process' })
  @ApiProduces('text/plain')
  metrics(): Promise<string> {
    return platformRegistry.metrics();
  }
}
