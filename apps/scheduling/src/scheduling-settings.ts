import { Module, type DynamicModule } from '@nestjs/common';
import { plainToInstance, Type } from 'class-transformer';
import { IsInt, Max, Min, validateSync } from 'class-validator';
import { ConfigurationError } from '#libs/messaging';

/** Scheduling's own settings, read from the environment and validated at start. */
export class SchedulingSettings {
  /** Minutes two engagements must be apart not to conflict. */
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(0)
  @Max(24 * 60)
  SCHEDULING_CONFLICT_BUFFER_MINUTES = 60;

  /** Distinct bureaus reaching one community within the window that count as fatigue. */
  @Type(() => Number)
  @IsInt({ message: 'must be a whole number' })
  @Min(2)
  @Max(50)
  SCHEDULING_FATIGUE_THRESHOLD = 3;

  @Type(() => Number)
  @IsInt({ message: 'must be a whole number of days' })
  @Min(1)
  @Max(365)
  SCHEDULING_FATIGUE_WINDOW_DAYS = 30;
}

export const SCHEDULING_SETTINGS = Symbol('SCHEDULING_SETTINGS');

export function readSchedulingSettings(env: NodeJS.ProcessEnv): SchedulingSettings {
  const keys = ['SCHEDULING_CONFLICT_BUFFER_MINUTES', 'SCHEDULING_FATIGUE_THRESHOLD', 'SCHEDULING_FATIGUE_WINDOW_DAYS'];
  const defined = Object.fromEntries(keys.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]));
  const settings = plainToInstance(SchedulingSettings, defined, { exposeDefaultValues: true });
  const [error] = validateSync(settings);
  if (error) {
    const rule = Object.values(error.constraints ?? {}).at(-1) ?? 'is invalid';
    throw new ConfigurationError(`Configuration error: ${error.property} ${rule} (got "${String(env[error.property])}")`);
  }
  return settings;
}

/** Makes the settings available to every feature module of the service. */
@Module({})
export class SchedulingSettingsModule {
  static forRoot(settings: SchedulingSettings): DynamicModule {
    return { module: SchedulingSettingsModule, global: true, providers: [{ provide: SCHEDULING_SETTINGS, useValue: settings }], exports: [SCHEDULING_SETTINGS] };
  }
}
