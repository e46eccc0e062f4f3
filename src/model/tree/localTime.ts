// Times as people read them: the API's UTC timestamps in the user's own time zone and locale.
// Locale and zone are parameters so tests pin them; the extension passes neither.
export interface TimeFormat {
  locale?: string;
  timeZone?: string;
}

/**
 * One formatter per locale and zone: building an Intl.DateTimeFormat costs ~0.1-0.4 ms, and every
 * number's tooltip formats two times (a tree paged to 5,000 numbers spent ~4 s here; BENCHMARKS.md).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(format: TimeFormat): Intl.DateTimeFormat {
  const key = `${format.locale ?? ''}|${format.timeZone ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(format.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: format.timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "Apr 30, 2024, 7:00 AM" in local time; the raw text when it is not a time. */
export function localTime(iso: string, format: TimeFormat = {}): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return formatterFor(format).format(time);
}
