import { formatWidgetDate } from './dates';

describe('formatWidgetDate', () => {
  it('writes a day in the reader’s language', () => {
    expect(formatWidgetDate('2026-11-28', 'fr')).toBe('28 nov. 2026');
    expect(formatWidgetDate('2026-11-28', 'en')).toBe('Nov 28, 2026');
  });

  it('keeps a calendar day on its day, whatever the time zone', () => {
    // UTC midnight of 1 November is still 31 October in Montréal…
    expect(
      formatWidgetDate('2026-11-01T00:00:00Z', 'fr', false, 'America/Montreal'),
    ).toBe('31 oct. 2026');
    // …but the day itself is 1 November there too.
    expect(formatWidgetDate('2026-11-01', 'fr', true, 'America/Montreal')).toBe(
      '1 nov. 2026',
    );
  });

  it('adds the time of an instant when asked', () => {
    const instant = '2026-11-28T14:30:00';

    expect(formatWidgetDate(instant, 'fr', true)).toBe('28 nov. 2026, 14:30');
    expect(formatWidgetDate(instant, 'en', true)).toMatch(
      /^Nov 28, 2026, 2:30\sPM$/,
    );
    expect(formatWidgetDate(instant, 'fr')).toBe('28 nov. 2026');
  });
});
