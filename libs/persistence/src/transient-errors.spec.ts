import { isTransientDatabaseError } from './transient-errors.js';

describe('isTransientDatabaseError', () => {
  it('knows the server going away and connections that cannot be made', () => {
    expect(isTransientDatabaseError(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isTransientDatabaseError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isTransientDatabaseError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransientDatabaseError(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isTransientDatabaseError(Object.assign(new Error('the database system is starting up'), { code: '57P03' }))).toBe(true);
    expect(isTransientDatabaseError(Object.assign(new Error('x'), { code: '08006' }))).toBe(true);
    expect(isTransientDatabaseError(new AggregateError([Object.assign(new Error('a'), { code: 'ECONNREFUSED' })], ''))).toBe(true);
  });

  it('looks inside the errors TypeORM wraps around the driver', () => {
    const driverError = Object.assign(new Error('terminating connection'), { code: '57P01' });
    expect(isTransientDatabaseError(Object.assign(new Error('QueryFailedError'), { driverError }))).toBe(true);
  });

  it('leaves statements the server refused to the caller', () => {
    expect(isTransientDatabaseError(Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }))).toBe(false);
    expect(isTransientDatabaseError(Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(false);
    expect(isTransientDatabaseError(new Error('engagement not found'))).toBe(false);
    expect(isTransientDatabaseError(undefined)).toBe(false);
  });
});
