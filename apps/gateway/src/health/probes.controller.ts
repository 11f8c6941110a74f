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

  @Get('health')
  @ApiOperation({ summary: 'Readiness of every service in this process (database, broker)' })
  @ApiOkResponse({ description: 'Every service is ready' })
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
