import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module.js';
import { SynthesisHandlers } from './synthesis.handlers.js';
import { SynthesisRepository } from './synthesis.repository.js';
import { SynthesisRunner } from './synthesis.runner.js';
import { SynthesisService } from './synthesis.service.js';

@Module({
  imports: [CommentsModule],
  controllers: [SynthesisHandlers],
  providers: [SynthesisRepository, SynthesisRunner, SynthesisService],
  exports: [SynthesisRepository, SynthesisService, SynthesisRunner],
})
export class SynthesesModule {}
