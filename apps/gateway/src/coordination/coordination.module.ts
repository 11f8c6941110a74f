import { Module } from '@nestjs/common';
import { CoordinationController } from './coordination.controller.js';
import { CoordinationService } from './coordination.service.js';

@Module({
  controllers: [CoordinationController],
  providers: [CoordinationService],
})
export class CoordinationModule {}
