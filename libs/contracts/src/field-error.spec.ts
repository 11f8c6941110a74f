import { fieldErrorLine, fieldErrorsOf } from './field-error.js';

describe('field errors', () => {
  it('gives nested fields their full path and keeps each rule', () => {
    const errors = fieldErrorsOf([
      { property: 'boundary', children: [{ property: 'type', constraints: { isIn: 'type must be Polygon' }, children: [] }] },
      { property: 'name', constraints: { isString: 'name must be a string', isNotEmpty: 'name should not be empty' }, children: [] },
    ]);
    expect(errors).toEqual([
      { field: 'boundary.type', rule: 'isIn', message: 'type must be Polygon' },
      { field: 'name', rule: 'isString', message: 'name must be a string' },
      { field: 'name', rule: 'isNotEmpty', message: 'name should not be empty' },
    ]);
    expect(errors.map(fieldErrorLine)).toEqual(['boundary.type: type must be Polygon', 'name: name must be a string', 'name: name should not be empty']);
  });
});
