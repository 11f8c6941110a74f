import { CreateOrganizationRequest, OrganizationKinds, OrganizationRecord } from '#libs/contracts';
import { contractSchema, contractSchemas } from './contract-schema.js';

describe('contractSchemas', () => {
  const schemas = contractSchemas();

  it('refers to a contract by its class name', () => {
    expect(contractSchema(CreateOrganizationRequest)).toEqual({ $ref: '#/components/schemas/CreateOrganizationRequest' });
  });

  it('describes a request contract from its validation rules, a field left out also null', () => {
    const schema = schemas.CreateOrganizationRequest;
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(['slug', 'kind', 'name']);
    expect(schema.properties?.slug).toEqual({ type: 'string', maxLength: 120, pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' });
    expect(schema.properties?.kind).toEqual({ type: 'string', enum: [...OrganizationKinds] });
    expect(schema.properties?.parentId).toEqual({ anyOf: [{ type: 'string', format: 'uuid' }, { type: 'null' }] });
  });

  it('describes integers, bounds and timestamps of a record', () => {
    const schema = schemas.OrganizationRecord;
    expect(schema.properties?.version).toEqual({ type: 'integer', minimum: 1 });
    expect(schema.properties?.updatedAt).toMatchObject({ type: 'string' });
    expect(schema.required).not.toContain('parentId');
    expect(OrganizationRecord.name).toBe('OrganizationRecord');
  });

  it('refers to a nested contract instead of repeating it', () => {
    expect(JSON.stringify(schemas.EngagementRecord.properties?.location)).toContain('#/components/schemas/EngagementLocation');
  });
});
