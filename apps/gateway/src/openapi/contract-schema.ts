import type { SchemaObject } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';

type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

/**
 * The OpenAPI schema of a contract class, read from its class-validator rules, so the published
 * API cannot drift from the validation the platform actually applies. Nested classes show as objects.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function contractSchema(type: Function): SchemaObject {
  const storage = getMetadataStorage();
  const byProperty = storage.groupByPropertyName(storage.getTargetValidationMetadatas(type, '', true, false));

  const properties: Record<string, SchemaObject> = {};
  const required: string[] = [];
  for (const [property, propertyRules] of Object.entries(byProperty)) {
    const schema: SchemaObject = {};
    const items: SchemaObject = {};
    for (const rule of propertyRules) Object.assign(rule.each ? items : schema, fragment(rule));
    if (propertyRules.some((r) => r.each) || schema.type === 'array') Object.assign(schema, { type: 'array', items });
    properties[property] = schema;
    if (!propertyRules.some((r) => r.name === 'isOptional')) required.push(property);
  }
  return { type: 'object', properties, required };
}

function fragment(rule: ValidationMetadata): SchemaObject {
  const [first] = rule.constraints ?? [];
  switch (rule.name) {
    case 'isString':
      return { type: 'string' };
    case 'isNotEmpty':
      return { minLength: 1 };
    case 'maxLength':
      return { maxLength: Number(first) };
    case 'matches':
      return { type: 'string', pattern: (first as RegExp).source };
    case 'isIn':
      return { enum: [...(first as unknown[])] };
    case 'isUuid':
      return { type: 'string', format: 'uuid' };
    case 'isIso8601':
      return { type: 'string', format: 'date-time' };
    case 'isEmail':
      return { type: 'string', format: 'email' };
    case 'isUrl':
      return { type: 'string', format: 'uri' };
    case 'isInt':
      return { type: 'integer' };
    case 'min':
      return { minimum: Number(first) };
    case 'max':
      return { maximum: Number(first) };
    case 'isBoolean':
      return { type: 'boolean' };
    case 'isArray':
      return { type: 'array' };
    case 'isObject':
      return { type: 'object' };
    default:
      return rule.type === 'nestedValidation' ? { type: 'object' } : {};
  }
}
