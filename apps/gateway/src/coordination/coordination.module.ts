import { Module } from '@nestjs/common';
import { ConflictTriageController, CoordinationController, FatigueTriageController } from './coordination.controller.js';
import { CoordinationService } from './coordination.service.js';

@Module({
  controllers: [CoordinationController, ConflictTriageController, FatigueTriageController],
  providers: [CoordinationService],
})
export class CoordinationModule {}
