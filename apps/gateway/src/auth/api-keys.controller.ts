import { Controller, Delete, Get, HttpCode, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '#libs/auth';
import { API_KEY_HEADER_SCHEME, BEARER_SCHEME, ProblemResponses } from '../openapi/openapi.js';
import { ApiKeyParams, PrincipalResponse } from './api-key.dto.js';
import { ApiKeyService } from './api-key.service.js';

@ApiTags('api-keys')
@ApiBearerAuth(BEARER_SCHEME)
@ApiSecurity(API_KEY_HEADER_SCHEME)
@ProblemResponses(401)
@Controller('v1/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeyService) {}

  @Get('current')
  @ApiOperation({ summary: 'The role and bureau of the key making the request' })
  @ApiOkResponse({ type: PrincipalResponse })
  current(@CurrentPrincipal() principal: Principal): PrincipalResponse {
    return principal;
  }

  @Delete(':keyId')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a key; requests with it are refused from now on (admin)' })
  @ApiParam({ name: 'keyId', example: '3f9a0c1b2d4e' })
  @ApiNoContentResponse({ description: 'Revoked (revoking twice is harmless)' })
  @ProblemResponses(400, 403, 404)
  async revoke(@Param() params: ApiKeyParams): Promise<void> {
    await this.keys.revoke(params.keyId);
  }
}
