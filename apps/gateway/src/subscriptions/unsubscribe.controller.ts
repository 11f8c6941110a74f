import { Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '#libs/auth';
import { UnsubscribeRequest } from '#libs/contracts';
import { ProblemResponses, TextResponse } from '../openapi/openapi.js';
import { SubscriptionsService } from './subscriptions.service.js';

function page(body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Unsubscribe</title></head><body style="font-family: sans-serif">${body}</body></html>`;
}

/**
 * The link in every alert email. A GET only shows a button, so that mail scanners opening links do
 * not unsubscribe anyone; the POST (the button, or a mail client's RFC 8058 one-click) does.
 */
@ApiTags('subscriptions')
@Public()
@Controller('v1/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Get(':token')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'The page of an email’s unsubscribe link (no key needed)' })
  @TextResponse('text/html', 'A page with the button that unsubscribes')
  @ProblemResponses(400)
  confirm(@Param() params: UnsubscribeRequest): string {
    return page(`<p>Stop receiving these alerts?</p><form method="post" action="${params.token}"><button type="submit">Unsubscribe</button></form>`);
  }

  @Post(':token')
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'One-click unsubscribe (RFC 8058): pauses the subscription the signed link names (no key needed)' })
  @TextResponse('text/html', 'A page saying the subscription is paused')
  @ProblemResponses(400, 404)
  async unsubscribe(@Param() params: UnsubscribeRequest): Promise<string> {
    await this.subscriptions.unsubscribe(params.token);
    return page('<p>You are unsubscribed. You will not get these alerts any more.</p>');
  }
}
