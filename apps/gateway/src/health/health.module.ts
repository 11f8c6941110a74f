import { Module } from '@nestjs/common';
import { QueryClient } from '#libs/messaging';
import { DownstreamHealth } from './downstream-health.js';
import { ProcessHealth } from './process-health.service.js';
import { ProbesController } from './probes.controller.js';

@Module({
  controllers: [ProbesController],
  providers: [ProcessHealth, { provide: DownstreamHealth, useFactory: (queries: QueryClient) => new DownstreamHealth(queries), inject: [QueryClient] }],
})
export class HealthModule {}
