import {
  asInteger,
  keysForLength,
  missionSchema,
  moveItem,
  productSchema,
  removeItem,
  toBackendRow,
} from './rows';

const intl = { formatMessage: ({ defaultMessage }) => defaultMessage };

describe('company rows', () => {
  it('describes a product row', () => {
    const schema = productSchema(intl);

    expect(schema.properties.description.widget).toBe('textarea');
    expect(schema.fieldsets[0].fields).toEqual([
      'name',
      'description',
      'hs_code',
    ]);
    expect(schema.required).toEqual(['name']);
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

  it.each([
    [0, 1, ['b', 'a', 'c']],
    [1, 0, ['b', 'a', 'c']],
    [2, 1, ['a', 'c', 'b']],
    [0, 2, ['b', 'c', 'a']],
    [2, 0, ['c', 'a', 'b']],
    [1, 1, ['a', 'b', 'c']],
  ])('moveItem(…, %p, %p) gives %p', (from, to, expected) => {
    const list = ['a', 'b', 'c'];

    expect(moveItem(list, from, to)).toEqual(expected);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('moves a row with its fields and keeps the others', () => {
    const rows = [{ name: 'Mangue séchée' }, { name: 'Jus de bissap' }];

    expect(moveItem(rows, 1, 0)).toEqual([
      { name: 'Jus de bissap' },
      { name: 'Mangue séchée' },
    ]);
  });

  it('removes one item, the list itself unchanged', () => {
    const list = ['a', 'b', 'c'];

    expect(removeItem(list, 1)).toEqual(['a', 'c']);
    expect(removeItem(list, 2)).toEqual(['a', 'b']);
    expect(removeItem(['a'], 0)).toEqual([]);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('keeps row keys by position, makes the missing ones, drops the rest', () => {
    let count = 0;
    const newKey = () => `new-${(count += 1)}`;

    expect(keysForLength(['k1'], 3, newKey)).toEqual(['k1', 'new-1', 'new-2']);
    expect(keysForLength(['k1', 'k2', 'k3'], 2, newKey)).toEqual(['k1', 'k2']);
    expect(keysForLength([], 0, newKey)).toEqual([]);
    expect(count).toBe(2);
  });
});
