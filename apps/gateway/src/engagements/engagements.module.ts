import { Module } from '@nestjs/common';
import { EngagementBatchController, EngagementsController } from './engagements.controller.js';
import { EngagementsService } from './engagements.service.js';

@Module({
  // The batch first: `/v1/engagements:batch` must not reach another route.
  controllers: [EngagementBatchController, EngagementsController],
  providers: [EngagementsService],
})
export class EngagementsModule {}
