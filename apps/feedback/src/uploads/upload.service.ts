import { Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { fieldError, UploadReference, type UploadPartRequest } from '#libs/contracts';
import { badRequest } from '#libs/messaging';
import { UploadPart } from './upload-part.entity.js';

/** Parts of a request expire after this long when the request that names them never comes. */
const PART_TTL_MS = 60 * 60_000;

/** Large requests arrive in parts; this keeps the parts and gives the request back whole. Also the only place that queries `upload_part`. */
@Injectable()
export class UploadService {
  constructor(private readonly dataSource: DataSource) {}

  async storePart(part: UploadPartRequest): Promise<{ stored: number }> {
    await this.dataSource.getRepository(UploadPart).upsert({ ...part, createdAt: new Date() }, ['uploadId', 'index']);
    return { stored: part.index };
  }

  /**
   * The request body: as sent, or put back together from its parts when it names an upload (the parts are then
   * removed). An upload with a missing part is a 400 naming it.
   */
  async bodyOf(body: unknown): Promise<unknown> {
    const upload = (body as { upload?: unknown } | null)?.upload;
    if (upload === undefined) return body;
    const reference = plainToInstance(UploadReference, upload);
    const errors = await validate(reference);
    if (errors.length) throw badRequest([fieldError('upload', 'isUploadReference', 'upload must name an uploadId and its number of parts')]);
    return this.dataSource.transaction(async (manager) => {
      const parts = await manager.find(UploadPart, { where: { uploadId: reference.uploadId }, order: { index: 'ASC' } });
      const missing = Array.from({ length: reference.parts }, (_, i) => i).filter((i) => parts[i]?.index !== i);
      if (missing.length || parts.length !== reference.parts) {
        throw badRequest([fieldError('upload', 'hasAllParts', `upload ${reference.uploadId} lacks parts ${missing.join(', ') || '(extra parts)'}`)]);
      }
      await manager.delete(UploadPart, { uploadId: reference.uploadId });
      await manager.delete(UploadPart, { createdAt: LessThan(new Date(Date.now() - PART_TTL_MS)) });
      try {
        return JSON.parse(parts.map((p) => p.text).join('')) as unknown;
      } catch {
        throw badRequest([fieldError('upload', 'isJson', `upload ${reference.uploadId} is not a JSON request`)]);
      }
    });
  }
}
