import { Module } from '@nestjs/common';
import { UploadHandlers } from './upload.handlers.js';
import { UploadService } from './upload.service.js';

@Module({
  controllers: [UploadHandlers],
  providers: [UploadService],
  exports: [UploadService],
})
export class UploadsModule {}
