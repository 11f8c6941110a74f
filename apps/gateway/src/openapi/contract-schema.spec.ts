import { CreateOrganizationRequest, OrganizationKinds, OrganizationRecord } from '#libs/contracts';
import { contractSchema } from './contract-schema.js';

describe('contractSchema', () => {
  it('describes a request contract from its validation rules', () => {
    const schema = contractSchema(CreateOrganizationRequest);
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(['slug', 'kind', 'name']);
    expect(schema.properties).toEqual({
      slug: { type: 'string', maxLength: 120, pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
      kind: { enum: [...OrganizationKinds] },
      name: { type: 'string', minLength: 1, maxLength: 300 },
      ocdId: { type: 'string', minLength: 1, maxLength: 300 },
      parentId: { type: 'string', format: 'uuid' },
      councilDistricts: { type: 'array', items: { type: 'string' } },
      bureauCode: { type: 'string', pattern: '^[A-Z&]{2,8}$' },
      boundary: { type: 'object' },
      languages: { type: 'array', items: { type: 'string', pattern: '^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8}){0,5}$' } },
      website: { type: 'string', format: 'uri' },
      publicEmail: { type: 'string', format: 'email' },
      meetingSchedule: { type: 'string', maxLength: 1000 },
      serviceArea: { type: 'string', maxLength: 300 },
    });
  });

  it('describes integers, bounds and timestamps of a record', () => {
    const schema = contractSchema(OrganizationRecord);
    expect(schema.properties?.version).toEqual({ type: 'integer', minimum: 1 });
    expect(schema.properties?.updatedAt).toEqual({ type: 'string', format: 'date-time' });
    expect(schema.required).not.toContain('parentId');
  });
});
