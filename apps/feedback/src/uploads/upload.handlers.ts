import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { FeedbackQueries, UploadPartRequest } from '#libs/contracts';
import { validatedQuery } from '#libs/messaging';
import { UploadService } from './upload.service.js';

@Controller()
export class UploadHandlers {
  constructor(private readonly uploads: UploadService) {}

  @MessagePattern(FeedbackQueries.uploadPart)
  async part(@Payload() body: unknown): Promise<{ stored: number }> {
    return this.uploads.storePart(await validatedQuery(UploadPartRequest, body));
  }
}
