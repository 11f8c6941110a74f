import { plainToInstance, Type } from 'class-transformer';
import { IsInt, IsString, MaxLength, Min, ValidateNested, validateSync } from 'class-validator';
import { cacheValidationMetadata } from './validation-metadata.js';

class Place {
  @IsString()
  @MaxLength(5)
  name: string;
}

class Visit {
  @IsInt()
  @Min(0)
  people: number;

  @ValidateNested()
  @Type(() => Place)
  place: Place;
}

const problems = <T extends object>(type: new () => T, body: object) =>
  validateSync(plainToInstance(type, body), { forbidUnknownValues: false }).flatMap((e) => [
    ...Object.keys(e.constraints ?? {}).map((rule) => `${e.property}: ${rule}`),
    ...(e.children ?? []).flatMap((c) => Object.keys(c.constraints ?? {}).map((rule) => `${e.property}.${c.property}: ${rule}`)),
  ]);

describe('cacheValidationMetadata', () => {
  beforeAll(() => cacheValidationMetadata());

  it('checks with the same rules as before, nested ones included, every time', () => {
    for (let i = 0; i < 3; i++) {
      expect(problems(Visit, { people: 3, place: { name: 'Park' } })).toEqual([]);
      expect(problems(Visit, { people: -1, place: { name: 'Community center' } })).toEqual(['people: min', 'place.name: maxLength']);
    }
  });

  it('sees rules declared after a class was first checked, on it or on a class it extends', () => {
    class Route extends Visit {}
    expect(problems(Route, { people: 1, place: { name: 'Park' } })).toEqual([]);
    // A decorator applied late, as a module loaded later would.
    IsString()(Visit.prototype, 'guide');
    expect(problems(Route, { people: 1, place: { name: 'Park' }, guide: 7 })).toEqual(['guide: isString']);
    expect(problems(Visit, { people: -1, place: { name: 'Park' }, guide: 'Ana' })).toEqual(['people: min']);
  });
});
