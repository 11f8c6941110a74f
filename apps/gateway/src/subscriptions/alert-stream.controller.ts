import { Controller, Get, Headers, Req, Res, type BeforeApplicationShutdown } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiProduces, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentPrincipal, type Principal } from '#libs/auth';
import type { LiveAlert } from '#libs/contracts';
import { API_KEY_HEADER_SCHEME, BEARER_SCHEME, ProblemResponses } from '../openapi/openapi.js';
import { ProblemException, statusProblem } from '../problems/problem-details.js';
import { SubscriptionsService } from './subscriptions.service.js';

const POLL_MS = 500;
const HEARTBEAT_MS = 15_000;

function frame(alert: LiveAlert): string {
  return `id: ${alert.position}\nevent: ${alert.eventType}\ndata: ${JSON.stringify(alert)}\n\n`;
}

/** Server-sent events of the caller's live subscriptions, read from the delivery log so a client resumes where it stopped. */
@ApiTags('alerts')
@ApiBearerAuth(BEARER_SCHEME)
@ApiSecurity(API_KEY_HEADER_SCHEME)
@Controller('v1/alerts')
export class AlertStreamController implements BeforeApplicationShutdown {
  private readonly open = new Set<Response>();
  private stopping = false;

  constructor(private readonly subscriptions: SubscriptionsService) {}

  /** Ends every stream, so the HTTP server can close; clients reconnect elsewhere with their Last-Event-ID. */
  beforeApplicationShutdown(): void {
    this.stopping = true;
    for (const res of this.open) res.end();
  }

  @Get('stream')
  @ApiOperation({ summary: 'Live alerts of the caller’s `live` subscriptions as server-sent events; reconnect with Last-Event-ID to resume' })
  @ApiProduces('text/event-stream')
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'The id of the last event received' })
  @ProblemResponses(400, 401, 404, 503)
  async stream(
    @CurrentPrincipal() as: Principal,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (lastEventId !== undefined && !/^[0-9]{1,18}$/.test(lastEventId)) {
      throw new ProblemException(statusProblem(400, 'Last-Event-ID must be the id of an event of this stream (a whole number)'));
    }
    let after = Number(lastEventId ?? 0);
    const first = await this.subscriptions.liveAlerts(as, after);
    if (!first.subscriberId) throw new ProblemException(statusProblem(404, 'This key has no subscriber; create one with POST /v1/subscribers'));

    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Connection', 'keep-alive');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    res.write(`retry: ${POLL_MS * 2}\n\n`);
    let open = true;
    this.open.add(res);
    req.on('close', () => {
      open = false;
      this.open.delete(res);
    });
    let alerts = first.alerts;
    let lastWrite = Date.now();
    while (open && !this.stopping) {
      for (const alert of alerts) {
        res.write(frame(alert));
        after = alert.position;
        lastWrite = Date.now();
      }
      if (Date.now() - lastWrite > HEARTBEAT_MS) {
        res.write(': keep-alive\n\n');
        lastWrite = Date.now();
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
      if (!open || this.stopping) break;
      try {
        alerts = (await this.subscriptions.liveAlerts(as, after)).alerts;
      } catch {
        // The notifications service is away for a moment; the client keeps its place.
        alerts = [];
      }
    }
    res.end();
  }
}
