import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ImportOrganizationsRequest, RegistryQueries, type ImportReport } from '#libs/contracts';
import { validatedQuery } from '#libs/messaging';
import { ImportService } from './import.service.js';

@Controller()
export class ImportHandlers {
  constructor(private readonly imports: ImportService) {}

  @MessagePattern(RegistryQueries.importOrganizations)
  async import(@Payload() body: unknown): Promise<ImportReport> {
    return this.imports.import(await validatedQuery(ImportOrganizationsRequest, body));
  }
}
