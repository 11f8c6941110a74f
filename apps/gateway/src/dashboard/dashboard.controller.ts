import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '#libs/auth';
import { DASHBOARD_SECURITY_POLICY, readDashboardAssets, type DashboardAsset } from './dashboard-assets.js';

/** The coordination dashboard: a page that reads the /v1 API with the key its user pastes; the page itself holds no data. */
@ApiExcludeController()
@Public()
@Controller('dashboard')
export class DashboardController {
  private readonly assets = readDashboardAssets();

  @Get()
  page(@Res() res: Response): void {
    this.send(res, this.assets.get('index.html')!);
  }

  @Get(':file')
  file(@Param('file') file: string, @Res() res: Response): void {
    const asset = file === 'index.html' ? undefined : this.assets.get(file);
    if (!asset) throw new NotFoundException(`the dashboard has no file "${file}"`);
    this.send(res, asset);
  }

  private send(res: Response, asset: DashboardAsset): void {
    res
      .status(200)
      .set({
        'Content-Type': asset.contentType,
        'Content-Security-Policy': DASHBOARD_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-cache',
      })
      .send(asset.body);
  }
}
