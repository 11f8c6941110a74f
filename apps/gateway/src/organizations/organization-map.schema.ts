import type { SchemaObject } from '@nestjs/swagger';
import { OrganizationFeatureProperties } from '#libs/contracts';
import { contractSchema, namedSchema } from '../openapi/contract-schema.js';

/** [longitude, latitude] (RFC 7946 §3.1.1), 7 decimal places at most. */
const POSITION: SchemaObject = { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 3 };
/** A closed ring of at least four positions (RFC 7946 §3.1.6). */
const POLYGON: SchemaObject = { type: 'array', items: { type: 'array', items: POSITION, minItems: 4 } };

const geometry = (type: string, coordinates: SchemaObject): SchemaObject => ({
  type: 'object',
  required: ['type', 'coordinates'],
  properties: { type: { type: 'string', enum: [type] }, coordinates },
});

/** `GET /v1/organizations.geojson`: RFC 7946's FeatureCollection, as much of it as the map uses. */
export const ORGANIZATION_MAP_SCHEMA = namedSchema('OrganizationFeatureCollection', {
  type: 'object',
  description: 'A GeoJSON FeatureCollection (RFC 7946): boundaries with counterclockwise exterior rings, or a point where there is none',
  required: ['type', 'features'],
  properties: {
    type: { type: 'string', enum: ['FeatureCollection'] },
    features: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type', 'id', 'geometry', 'properties'],
        properties: {
          type: { type: 'string', enum: ['Feature'] },
          id: { type: 'string' },
          geometry: {
            anyOf: [geometry('Point', POSITION), geometry('Polygon', POLYGON), geometry('MultiPolygon', { type: 'array', items: POLYGON }), { type: 'null' }],
          },
          properties: contractSchema(OrganizationFeatureProperties),
        },
      },
    },
  },
});
