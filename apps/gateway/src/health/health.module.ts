import { Module } from '@nestjs/common';
import { ProcessHealth } from './process-health.service.js';
import { ProbesController } from './probes.controller.js';

@Module({
  controllers: [ProbesController],
  providers: [ProcessHealth],
})
export class HealthModule {}
