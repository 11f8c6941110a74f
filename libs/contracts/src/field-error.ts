import { IsString, type ValidationError } from 'class-validator';

/**
 * One field that broke one rule: the one shape of a refusal, from the service that knows (over a
 * query's error answer) up to the gateway, which renders it in its problem details.
 */
export interface FieldError {
  /** Dotted path of the field, `location.lat`, `comments.3.text`; `body` for the body as a whole. */
  field: string;
  /** The rule broken: a class-validator constraint name (`isInt`, `max`) or one of the platform's (`unique`, `noNul`). */
  rule: string;
  message: string;
}

/** A {@link FieldError} in an answer, as the OpenAPI document describes it. */
export class FieldErrorRecord implements FieldError {
  @IsString() field: string;
  @IsString() rule: string;
  @IsString() message: string;
}

export function fieldError(field: string, rule: string, message: string): FieldError {
  return { field, rule, message };
}

/** Every failed constraint of a validation, nested ones included, with its full path. */
export function fieldErrorsOf(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([rule, message]) => ({ field, rule, message }));
    return [...own, ...fieldErrorsOf(e.children ?? [], field)];
  });
}

/** `field: message`, as dead letters, batch results and intake rejections list them. */
export function fieldErrorLine(error: FieldError): string {
  return `${error.field}: ${error.message}`;
}
