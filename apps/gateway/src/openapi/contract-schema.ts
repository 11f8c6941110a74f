import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage.js';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import { targetConstructorToSchema, validationMetadatasToSchemas } from 'class-validator-jsonschema';

const COMPONENTS = '#/components/schemas/';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ContractClass = Function;

/** The classes routes refer to by name; a route's own body class (a PickType of a contract) has no rules of its own. */
const referenced = new Map<string, ContractClass>();

/** A reference to the OpenAPI schema of a contract class, which {@link contractSchemas} describes. */
export function contractSchema(type: ContractClass): ReferenceObject {
  const known = referenced.get(type.name);
  if (known && known !== type) throw new Error(`Two contract classes are named ${type.name}: an OpenAPI schema name must say which`);
  referenced.set(type.name, type);
  return { $ref: `${COMPONENTS}${type.name}` };
}

/** Schemas no contract class can say (a standard's shape such as GeoJSON, a probe's report), kept beside the classes' by name. */
const namedSchemas = new Map<string, SchemaObject>();

/** A reference to a schema written out by hand because no contract class says it. */
export function namedSchema(name: string, schema: SchemaObject): ReferenceObject {
  namedSchemas.set(name, schema);
  return { $ref: `${COMPONENTS}${name}` };
}

/** A JSON array of a contract class. */
export function contractArraySchema(type: ContractClass): SchemaObject {
  return { type: 'array', items: contractSchema(type) };
}

const PRIMITIVES = new Map<unknown, { type: 'string' | 'number' | 'boolean' | 'array' }>([
  [String, { type: 'string' }],
  [Number, { type: 'number' }],
  [Boolean, { type: 'boolean' }],
  [Array, { type: 'array' }],
]);

/**
 * Where class-validator-jsonschema's reading differs from what the services accept or answer:
 * ISO 8601 fields take a local time without offset, which JSON Schema's `date-time` refuses, and
 * answer with one, so they are strings in ISO 8601 rather than RFC 3339 `date-time`.
 */
const CONVERTERS: NonNullable<Parameters<typeof validationMetadatasToSchemas>[0]>['additionalConverters'] = {
  isIso8601: { type: 'string', description: 'ISO 8601, e.g. 2027-03-02T18:00:00-08:00 or 2027-03-02T18:00 (America/Los_Angeles)' },
  // A rule of the platform's own says what it checks in its message; its schema is the property's JavaScript type.
  [ValidationTypes.CUSTOM_VALIDATION]: (meta) => PRIMITIVES.get(Reflect.getMetadata('design:type', (meta.target as ContractClass).prototype as object, meta.propertyName) as unknown) ?? {},
};

/**
 * The OpenAPI 3.1 schema of every contract class, read from its class-validator rules by
 * class-validator-jsonschema, so the published API cannot drift from the validation the platform
 * applies. A property that may be left out (`@IsOptional`) may also be null, in a request as in an answer.
 */
export function contractSchemas(): Record<string, SchemaObject> {
  const options = {
    classValidatorMetadataStorage: getMetadataStorage(),
    classTransformerMetadataStorage: defaultMetadataStorage,
    refPointerPrefix: COMPONENTS,
    additionalConverters: CONVERTERS,
  };
  const schemas = validationMetadatasToSchemas(options) as Record<string, SchemaObject>;
  for (const [name, type] of referenced) schemas[name] ??= targetConstructorToSchema(type, options) as SchemaObject;
  for (const [name, schema] of namedSchemas) schemas[name] = schema;
  for (const schema of Object.values(schemas)) {
    const required = new Set(schema.required ?? []);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (!required.has(name)) schema.properties![name] = orNull(property as SchemaObject | ReferenceObject);
    }
  }
  return schemas;
}

function orNull(schema: SchemaObject | ReferenceObject): SchemaObject {
  return { anyOf: [schema, { type: 'null' }] };
}
