import { Controller, Get, Headers, Inject, Req, Res, type BeforeApplicationShutdown } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentPrincipal, type Principal } from '#libs/auth';
import { MAX_LIVE_WAIT_MS, type LiveAlert } from '#libs/contracts';
import { MESSAGING_OPTIONS, type MessagingOptions } from '#libs/messaging';
import { API_KEY_HEADER_SCHEME, BEARER_SCHEME, ProblemResponses, TextResponse } from '../openapi/openapi.js';
import { fieldProblem, ProblemException, statusProblem } from '../problems/problem-details.js';
import { SubscriptionsService } from './subscriptions.service.js';

const RETRY_MS = 1000;
const SHORT_POLL_MS = 500;
const HEARTBEAT_MS = 15_000;
/** Room left in a query's timeout for the answer to travel back after a long poll ran out. */
const ANSWER_MARGIN_MS = 1000;

function frame(alert: LiveAlert): string {
  return `id: ${alert.position}\nevent: ${alert.eventType}\ndata: ${JSON.stringify(alert)}\n\n`;
}

/**
 * Server-sent events of the caller's live subscriptions, read from the delivery log so a client resumes where it
 * stopped. Each read is a long poll that notifications answers as soon as an alert is committed.
 */
@ApiTags('alerts')
@ApiBearerAuth(BEARER_SCHEME)
@ApiSecurity(API_KEY_HEADER_SCHEME)
@Controller('v1/alerts')
export class AlertStreamController implements BeforeApplicationShutdown {
  private readonly open = new Set<Response>();
  private stopping = false;
  private readonly waitMs: number;

  constructor(
    private readonly subscriptions: SubscriptionsService,
    @Inject(MESSAGING_OPTIONS) messaging: MessagingOptions,
  ) {
    // Short of the query timeout, and of the heartbeat, so an idle stream still hears from the gateway.
    this.waitMs = Math.max(0, Math.min(MAX_LIVE_WAIT_MS, HEARTBEAT_MS - ANSWER_MARGIN_MS, messaging.queryTimeoutMs - ANSWER_MARGIN_MS));
  }

  /** Ends every stream, so the HTTP server can close; clients reconnect elsewhere with their Last-Event-ID. */
  beforeApplicationShutdown(): void {
    this.stopping = true;
    for (const res of this.open) res.end();
  }

  @Get('stream')
  @ApiOperation({ summary: 'Live alerts of the caller’s `live` subscriptions as server-sent events; reconnect with Last-Event-ID to resume' })
  @TextResponse('text/event-stream', 'Server-sent events, one per alert: `id` its position, `event` its type, `data` the alert as JSON')
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'The id of the last event received' })
  @ProblemResponses(400, 401, 404, 503)
  async stream(
    @CurrentPrincipal() as: Principal,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    if (lastEventId !== undefined && !/^[0-9]{1,18}$/.test(lastEventId)) {
      throw fieldProblem('Last-Event-ID', 'matches', 'Last-Event-ID must be the id of an event of this stream (a whole number)');
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
    res.write(`retry: ${RETRY_MS}\n\n`);
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
      try {
        // Without room for a long poll (a query timeout near a second), reads are spaced instead.
        if (this.waitMs === 0) await new Promise((r) => setTimeout(r, SHORT_POLL_MS));
        alerts = (await this.subscriptions.liveAlerts(as, after, this.waitMs)).alerts;
      } catch {
        // The notifications service is away for a moment; the client keeps its place.
        alerts = [];
        await new Promise((r) => setTimeout(r, RETRY_MS));
      }
    }
    res.end();
  }
}
