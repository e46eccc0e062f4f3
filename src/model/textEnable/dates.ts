// Dates are picked in the user's local time (what <input type="datetime-local"> yields) and sent
// to Sinch as UTC ISO-8601. The conversion runs where the picker runs (the webview), because in a
// remote window the extension host may sit in another time zone than the person typing.

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;
/** What we send: full UTC ISO-8601 with a Z (what Date#toISOString gives). */
const UTC_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

/**
 * Minutes to add to a local wall-clock time to reach UTC at that moment (like Date#getTimezoneOffset:
 * 60 for UTC-1, -120 for UTC+2). Injected in tests; the default asks the runtime's own zone.
 */
export type ZoneOffset = (localWallClock: LocalParts) => number;

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export function parseLocalInput(local: string): LocalParts | undefined {
  const m = LOCAL_PATTERN.exec(local.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((v) => (v === undefined ? 0 : Number(v)));
  const ms = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0'));
  const parts = { year, month, day, hour, minute, second, millisecond: ms };
  // Refuse 2025-02-30 and 24:00 rather than letting Date roll them over.
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day || probe.getUTCHours() !== hour || probe.getUTCMinutes() !== minute || probe.getUTCSeconds() !== second) {
    return undefined;
  }
  return parts;
}

/** The runtime's own zone: Date's local constructor resolves DST gaps and overlaps the way browsers do. */
export const systemZone: ZoneOffset = (p) => new Date(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond).getTimezoneOffset();

/** A fixed offset, e.g. fixedZone(-60) for UTC+1 (tests, and users who think in one zone). */
export function fixedZone(offsetMinutes: number): ZoneOffset {
  return () => offsetMinutes;
}

/** "2025-03-01T09:30" (local) -> "2025-03-01T14:30:00.000Z" for a UTC-5 zone; undefined when not a real date. */
export function localInputToUtcIso(local: string, zone: ZoneOffset = systemZone): string | undefined {
  const parts = parseLocalInput(local);
  if (!parts) return undefined;
  if (zone === systemZone) {
    // The local constructor handles DST transitions itself.
    const d = new Date(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second, parts.millisecond);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
  }
  const utcMs = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second, parts.millisecond) + zone(parts) * 60_000;
  return new Date(utcMs).toISOString();
}

/** The reverse, for showing a UTC time in the picker: "2025-03-01T14:30:00Z" -> "2025-03-01T09:30" (UTC-5). */
export function utcIsoToLocalInput(iso: string, zone: ZoneOffset = systemZone): string | undefined {
  if (!isUtcIso(iso)) return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  let shifted: Date;
  if (zone === systemZone) {
    shifted = new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
  } else {
    const utcParts = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), millisecond: 0 };
    shifted = new Date(d.getTime() - zone(utcParts) * 60_000);
  }
  return shifted.toISOString().slice(0, 16);
}

/** Strict check of what goes on the wire: a real date, UTC, with seconds and a Z. */
export function isUtcIso(value: string): boolean {
  if (!UTC_PATTERN.test(value)) return false;
  const d = new Date(value);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 19) === value.slice(0, 19);
}

/** "Sat, 1 Mar 2025, 14:30 UTC": how a UTC time reads in messages, without depending on the host's locale. */
export function describeUtc(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}
