import { Module } from '@nestjs/common';
import { IdempotencyRepository } from '#libs/persistence';
import { EngagementsModule } from '../engagements/engagements.module.js';
import { PlacesModule } from '../places/places.module.js';
import { CommentHandlers } from './comment.handlers.js';
import { CommentRepository } from './comment.repository.js';
import { CommentService } from './comment.service.js';

@Module({
  imports: [EngagementsModule, PlacesModule],
  controllers: [CommentHandlers],
  providers: [CommentRepository, CommentService, IdempotencyRepository],
  exports: [CommentRepository, CommentService],
})
export class CommentsModule {}
