import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyAuthenticator, ApiKeyGuard, FailedAuthenticationLimiter } from '#libs/auth';
import { ApiKeyRepository } from './api-key.repository.js';
import { ApiKeyService } from './api-key.service.js';
import { ApiKeysController } from './api-keys.controller.js';

/** API keys, and the guard that makes every gateway route (but `@Public()` ones) require one. */
@Module({
  controllers: [ApiKeysController],
  providers: [
    ApiKeyRepository,
    ApiKeyService,
    { provide: ApiKeyAuthenticator, useExisting: ApiKeyService },
    { provide: FailedAuthenticationLimiter, useFactory: () => new FailedAuthenticationLimiter() },
    { provide: APP_GUARD, useClass: ApiKeyGuard },
  ],
})
export class AuthModule {}
