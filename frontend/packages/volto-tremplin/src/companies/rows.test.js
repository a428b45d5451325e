import {
  asInteger,
  missionSchema,
  productSchema,
  toBackendRow,
  withRowIds,
} from './rows';

const intl = { formatMessage: ({ defaultMessage }) => defaultMessage };

describe('company rows', () => {
  it('describes a product row', () => {
    const schema = productSchema(intl);

    expect(schema.fieldsets[0].fields).toEqual(['name', 'description']);
    expect(schema.required).toEqual(['name']);
    expect(schema.properties.description.widget).toBe('textarea');
  });

  it('describes a mission row with an integer year in the backend range', () => {
    const { properties, required } = missionSchema(intl);

    expect(properties.year).toMatchObject({
      title: 'Year',
      type: 'integer',
      minimum: 1970,
      maximum: 2100,
    });
    expect(required).toEqual(['year', 'name']);
  });

  it.each([
    ['2024', 2024],
    [' 1999 ', 1999],
    [2024, 2024],
    ['', ''],
    ['2024.5', '2024.5'],
    ['abc', 'abc'],
    [undefined, undefined],
  ])('asInteger(%p) is %p', (value, expected) => {
    expect(asInteger(value)).toBe(expected);
  });

  it('turns widget rows into backend rows', () => {
    const schema = missionSchema(intl);

    expect(
      toBackendRow(schema, { '@id': 'x', year: '2023', name: 'Vietnam' }),
    ).toEqual({ year: 2023, name: 'Vietnam' });
    expect(toBackendRow(schema, { '@id': 'x' })).toEqual({});
    expect(
      toBackendRow(schema, { year: 2020, name: 'X', 'sans sucre': null }),
    ).toEqual({ year: 2020, name: 'X' });
    expect(toBackendRow(productSchema(intl), { name: '12' })).toEqual({
      name: '12',
    });
  });

  it('keeps row ids by position and makes the missing ones', () => {
    let count = 0;
    const newId = () => `new-${(count += 1)}`;

    expect(withRowIds([{ name: 'a' }, { name: 'b' }], ['id-a'], newId)).toEqual(
      [
        { name: 'a', '@id': 'id-a' },
        { name: 'b', '@id': 'new-1' },
      ],
    );
  });
});
