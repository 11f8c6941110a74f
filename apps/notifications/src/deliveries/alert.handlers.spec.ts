import { PATTERN_METADATA } from '@nestjs/microservices/constants.js';
import { Type } from 'class-transformer';
import { IsString, ValidateNested } from 'class-validator';
import { AlertScope, alertEventTypes, contract, subjectOf } from '#libs/contracts';
import { alertHandlersFor } from './alert.handlers.js';

class SynthesizedTest {
  @IsString()
  summary: string;

  @ValidateNested()
  @Type(() => AlertScope)
  scope: AlertScope;
}

class NoScopeTest {
  @IsString()
  text: string;
}

function patternsOf(handlers: object): string[] {
  const proto = (handlers as { prototype: object }).prototype;
  return Object.getOwnPropertyNames(proto)
    .map((name) => Reflect.getMetadata(PATTERN_METADATA, (proto as Record<string, object>)[name]) as string[] | undefined)
    .filter((p): p is string[] => Array.isArray(p))
    .flat()
    .sort();
}

describe('alert handlers', () => {
  it('consume each alert subject of the catalog with a pattern of its own (one durable consumer each)', () => {
    expect(patternsOf(alertHandlersFor())).toEqual(alertEventTypes().map(subjectOf).sort());
  });

  it('take in an event added later when its payload has a scope, and only then', () => {
    const patterns = patternsOf(
      alertHandlersFor([contract('civic.feedback.sentiment.shifted', SynthesizedTest), contract('civic.feedback.export.ready', NoScopeTest)]),
    );
    expect(patterns).toContain('civic.feedback.sentiment.shifted');
    expect(patterns).not.toContain('civic.feedback.export.ready');
    expect(patterns.some((p) => p.startsWith('civic.registry.') || p.startsWith('civic.notification.'))).toBe(false);
  });
});
