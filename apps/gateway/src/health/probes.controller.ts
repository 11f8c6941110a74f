import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, type SchemaObject } from '@nestjs/swagger';
import { Public } from '#libs/auth';
import { platformRegistry } from '#libs/observability';
import { namedSchema } from '../openapi/contract-schema.js';
import { ProblemResponses, TextResponse } from '../openapi/openapi.js';
import { ProcessHealth, type ProcessReadinessReport } from './process-health.service.js';

const CHECKS: SchemaObject = { type: 'object', description: 'Terminus health indicators by name', additionalProperties: { type: 'object', required: ['status'], properties: { status: { type: 'string' } } } };
const REPORT: SchemaObject = {
  type: 'object',
  required: ['status'],
  properties: { status: { type: 'string', enum: ['up', 'down'] }, checks: CHECKS, message: { type: 'string' } },
};
const READINESS = namedSchema('ProcessReadinessReport', {
  type: 'object',
  required: ['status', 'services', 'downstream'],
  properties: {
    status: { type: 'string', enum: ['ok'] },
    services: { type: 'object', description: 'Each service this process runs', additionalProperties: REPORT },
    downstream: { type: 'object', description: 'Each service in another process that this gateway forwards to', additionalProperties: REPORT },
  },
});

/** The process's `/health` and `/metrics`, covering every service it runs (ServiceModule's own are off in the gateway). */
@ApiTags('probes')
@Public()
@Controller()
export class ProbesController {
  constructor(private readonly health: ProcessHealth) {}

  @Get('health/live')
  @ApiOperation({ summary: 'Liveness: the process is up; no dependency is asked' })
  @ApiOkResponse({ description: 'The process answers', schema: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] } } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('health')
  @ApiOperation({
    summary: 'Readiness of every service in this process (database, broker); `downstream` says which services it forwards to answer, without making it unready',
  })
  @ApiOkResponse({ description: 'Every service of this process is ready', schema: READINESS })
  @ProblemResponses(503)
  check(): Promise<ProcessReadinessReport> {
    return this.health.check();
  }

  @Get('metrics')
  @Header('Content-Type', platformRegistry.contentType)
  @ApiOperation({ summary: 'Prometheus metrics of every service in this process' })
  @TextResponse('text/plain', 'The Prometheus text exposition format, version 0.0.4')
  metrics(): Promise<string> {
    return platformRegistry.metrics();
  }
}
