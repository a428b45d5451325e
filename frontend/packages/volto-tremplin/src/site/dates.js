import { formatDate } from '@plone/volto/helpers/Utils/Date';
import { toBackendLang } from '@plone/volto/helpers/Utils/Utils';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date field's value as Volto's view widgets show it ("28 nov. 2026",
 * with the time: "28 nov. 2026, 14:30"), written by the browser's Intl
 * instead of moment.js, which they imported into every page's script
 * (about 100 KB with its locales, issue 12).
 *
 * A date without a time ("2026-11-28") is a calendar day, not an instant:
 * it is shown as that day wherever the reader is (moment read it as local
 * midnight; `new Date` reads it as UTC midnight, the day before in the
 * Americas).
 */
export function formatWidgetDate(
  value,
  locale,
  withTime = false,
  readerTimeZone = undefined, // the reader's own, unless a test says
) {
  const dateOnly = typeof value === 'string' && DATE_ONLY.test(value);
  return formatDate({
    date: value,
    locale: toBackendLang(locale || 'fr'),
    format: {
      dateStyle: 'medium',
      ...(withTime && !dateOnly ? { timeStyle: 'short' } : {}),
      timeZone: dateOnly ? 'UTC' : readerTimeZone,
    },
  });
}
