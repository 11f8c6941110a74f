import { Module } from '@nestjs/common';
import { ReportBacksController } from './report-backs.controller.js';
import { ReportBacksService } from './report-backs.service.js';

@Module({ controllers: [ReportBacksController], providers: [ReportBacksService] })
export class ReportBacksModule {}
