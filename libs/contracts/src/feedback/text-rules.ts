import { registerDecorator, type ValidationOptions } from 'class-validator';

const NUL = '\u0000';

/** Postgres cannot store U+0000 in text or jsonb: a request carrying one is refused, naming the field, before it fails there. */
export function NoNulCharacter(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'noNul',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: (args) => `${args.property} must not contain NUL characters (U+0000)`, ...options },
      validator: { validate: (value: unknown) => typeof value !== 'string' || !value.includes(NUL) },
    });
}

/** A comment's demographics: a flat object whose values are strings, numbers, booleans or null, none with U+0000. */
export function isDemographics(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(
    ([key, v]) =>
      !key.includes(NUL) && (v === null || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && !v.includes(NUL))),
  );
}

export function IsDemographics(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDemographics',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: (args) => `${args.property} must be a flat object of strings, numbers, booleans or null, without NUL characters (U+0000)`, ...options },
      validator: { validate: isDemographics },
    });
}
