import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ImportHandlers } from './import.handlers.js';
import { ImportService } from './import.service.js';

@Module({
  imports: [OrganizationsModule],
  controllers: [ImportHandlers],
  providers: [ImportService],
})
export class ImportsModule {}
