import {
  fileSizeParts,
  hostOf,
  isFilled,
  paragraphsOf,
  safeHttpUrl,
  termTitle,
  termTitles,
} from './fields';

describe('company field helpers', () => {
  it.each([
    [null, false],
    [undefined, false],
    ['', false],
    ['  ', false],
    [[], false],
    [[null, ''], false],
    [0, true],
    ['Dakar', true],
    [['bio'], true],
    [{ token: 'SN' }, true],
  ])('isFilled(%p) is %p', (value, expected) => {
    expect(isFilled(value)).toBe(expected);
  });

  it('reads vocabulary terms as their titles', () => {
    expect(termTitle({ token: 'SN', title: 'Sénégal' })).toBe('Sénégal');
    expect(termTitle({ token: 'SN' })).toBe('SN');
    expect(termTitle('SN')).toBe('SN');
    expect(termTitle(null)).toBe('');
    expect(termTitles([{ token: 'FR', title: 'France' }, null])).toEqual([
      'France',
    ]);
    expect(termTitles(undefined)).toEqual([]);
  });

  it('keeps only absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHttpUrl(' http://example.org ')).toBe('http://example.org/');
    // eslint-disable-next-line no-script-url -- the attack under test
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl(' JavaScript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,hi')).toBeNull();
    expect(safeHttpUrl('/relative')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
    expect(hostOf('https://www.youtube.com/watch?v=1')).toBe('youtube.com');
  });

  it('splits multi-line text into paragraphs', () => {
    expect(paragraphsOf('Un.\n\n Deux. \r\nTrois.')).toEqual([
      'Un.',
      'Deux.',
      'Trois.',
    ]);
    expect(paragraphsOf(null)).toEqual([]);
  });

  it('rounds file sizes for people', () => {
    expect(fileSizeParts(12345)).toEqual({ unit: 'kilobytes', size: 12 });
    expect(fileSizeParts(10)).toEqual({ unit: 'kilobytes', size: 1 });
    expect(fileSizeParts(3.5 * 1024 * 1024)).toEqual({
      unit: 'megabytes',
      size: 3.5,
    });
  });
});
