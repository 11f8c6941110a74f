import { Module } from '@nestjs/common';
import { SynthesesController } from './syntheses.controller.js';
import { SynthesesService } from './syntheses.service.js';

@Module({
  controllers: [SynthesesController],
  providers: [SynthesesService],
})
export class SynthesesModule {}
