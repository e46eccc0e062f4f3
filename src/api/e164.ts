// The E.164 gate for URL paths: exactly `+` and 2-15 digits. It lives in src/api because ApiPaths
// needs it and src/api imports nothing above itself; src/model/phone builds its NANP rules on it.

export const E164_PATTERN = /^\+[1-9]\d{1,14}$/;

/** The E.164 check for path segments: exactly `+` and 2-15 digits, nothing else. */
export function isE164(value: string): boolean {
  return E164_PATTERN.test(value);
}

/** Throws unless `value` is E.164; the one gate before a number enters a URL path. */
export function assertE164(value: string): string {
  if (!isE164(value)) throw new RangeError(`"${value.slice(0, 40)}" is not an E.164 phone number (+ and 2-15 digits)`);
  return value;
}
