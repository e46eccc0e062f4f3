// Times as people read them: the API's UTC timestamps in the user's own time zone and locale.
// Locale and zone are parameters so tests pin them; the extension passes neither.
export interface TimeFormat {
  locale?: string;
  timeZone?: string;
}

/** "Apr 30, 2024, 7:00 AM" in local time; the raw text when it is not a time. */
export function localTime(iso: string, format: TimeFormat = {}): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(format.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: format.timeZone }).format(time);
}
