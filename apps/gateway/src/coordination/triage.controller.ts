import { applyDecorators, Body, Controller, Get, Headers, HttpCode, Param, Post, Res, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOkResponse, ApiOperation, ApiParam, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Roles, type Principal } from '#libs/auth';
import { AlertIdParams, AssignBody, ResolveBody, TriageHistory, TriageNoteBody, type TriageCommand, type TriagedAlert } from '#libs/contracts';
import { contractSchema } from '../openapi/contract-schema.js';
import { API_KEY_HEADER_SCHEME, BEARER_SCHEME, ProblemResponses } from '../openapi/openapi.js';
import { etagOf, versionFromIfMatch } from '../organizations/if-match.js';
import { CoordinationService, type TriageDetails } from './coordination.service.js';

export const ETAG_HEADER = { ETag: { description: 'The version, for If-Match', schema: { type: 'string' } } };

export function tagged<T extends TriagedAlert>(res: Response, view: T): T {
  res.setHeader('ETag', etagOf(view.version));
  return view;
}

/** One kind of alert as its triage routes handle it. */
interface AlertKind<V extends TriagedAlert> {
  /** The collection: `conflicts` or `fatigue`. */
  path: string;
  /** As a person says it: `conflict`, `fatigue alert`. */
  noun: string;
  view: Type<V>;
  triage(coordination: CoordinationService, principal: Principal, id: string, expectedVersion: number, command: TriageCommand, details: TriageDetails): Promise<V>;
  history(coordination: CoordinationService, id: string): Promise<TriageHistory>;
}

/**
 * The triage routes of one kind of alert: `POST /v1/<path>/{id}/acknowledge`, `/resolve`, `/reopen`, `/assign` for
 * coordinators and admins, at the version read (If-Match), and `GET /v1/<path>/{id}/history` for any key.
 */
export function triageController<V extends TriagedAlert>(kind: AlertKind<V>): Type<unknown> {
  const Step = (command: TriageCommand, summary: string, body: Type<unknown>) =>
    applyDecorators(
      Post(command),
      HttpCode(200),
      Roles('coordinator', 'admin'),
      ApiOperation({ summary }),
      ApiParam({ name: 'id' }),
      ApiHeader({ name: 'If-Match', required: true, description: `The ETag (version) of the ${kind.noun} as read; 412 when it has changed since` }),
      ApiBody({ schema: contractSchema(body), required: body !== TriageNoteBody }),
      ApiOkResponse({ schema: contractSchema(kind.view), headers: ETAG_HEADER }),
      ProblemResponses(400, 403, 404, 409, 412, 428),
    );

  @ApiTags('coordination')
  @ApiBearerAuth(BEARER_SCHEME)
  @ApiSecurity(API_KEY_HEADER_SCHEME)
  @ProblemResponses(401, 503)
  @Controller(`v1/${kind.path}/:id`)
  class TriageController {
    constructor(private readonly coordination: CoordinationService) {}

    @Get('history')
    @ApiOperation({ summary: `Who triaged the ${kind.noun}, how and when, oldest first` })
    @ApiParam({ name: 'id' })
    @ApiOkResponse({ schema: contractSchema(TriageHistory) })
    @ProblemResponses(400, 404)
    history(@Param() params: AlertIdParams): Promise<TriageHistory> {
      return kind.history(this.coordination, params.id);
    }

    @Step('acknowledge', `Acknowledge an open ${kind.noun}: someone is on it`, TriageNoteBody)
    acknowledge(@CurrentPrincipal() p: Principal, @Param() params: AlertIdParams, @Headers('if-match') ifMatch: string | undefined, @Body() body: TriageNoteBody, @Res({ passthrough: true }) res: Response): Promise<V> {
      return this.step(p, params, ifMatch, 'acknowledge', body, res);
    }

    @Step('resolve', `Resolve a ${kind.noun} with a note saying what was done (from open or acknowledged)`, ResolveBody)
    resolve(@CurrentPrincipal() p: Principal, @Param() params: AlertIdParams, @Headers('if-match') ifMatch: string | undefined, @Body() body: ResolveBody, @Res({ passthrough: true }) res: Response): Promise<V> {
      return this.step(p, params, ifMatch, 'resolve', body, res);
    }

    @Step('reopen', `Reopen a resolved ${kind.noun}`, TriageNoteBody)
    reopen(@CurrentPrincipal() p: Principal, @Param() params: AlertIdParams, @Headers('if-match') ifMatch: string | undefined, @Body() body: TriageNoteBody, @Res({ passthrough: true }) res: Response): Promise<V> {
      return this.step(p, params, ifMatch, 'reopen', body, res);
    }

    @Step('assign', `Assign a ${kind.noun} to a colleague (a staff id), or unassign it with assignee null`, AssignBody)
    assign(@CurrentPrincipal() p: Principal, @Param() params: AlertIdParams, @Headers('if-match') ifMatch: string | undefined, @Body() body: AssignBody, @Res({ passthrough: true }) res: Response): Promise<V> {
      return this.step(p, params, ifMatch, 'assign', body, res);
    }

    private async step(p: Principal, params: AlertIdParams, ifMatch: string | undefined, command: TriageCommand, body: TriageDetails | undefined, res: Response): Promise<V> {
      // A step with no body (acknowledge, reopen) carries no note.
      return tagged(res, await kind.triage(this.coordination, p, params.id, versionFromIfMatch(ifMatch, kind.noun), command, body ?? {}));
    }
  }
  // Swagger names each operation after its controller class: one name per kind keeps them unique.
  Object.defineProperty(TriageController, 'name', { value: `${kind.view.name.replace(/View$/, '')}TriageController` });
  return TriageController;
}
