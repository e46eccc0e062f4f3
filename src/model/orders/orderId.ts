// Hosting order IDs as people paste them: checked before any request, with words that say what
// to fix. The same pattern guards the webview's "Track order" and the API path builder.

/** Sinch's IDs are ULIDs/UUIDs: letters, digits, `-` and `_`. */
export const HOSTING_ORDER_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_LENGTH = 64;

export type OrderIdCheck = { ok: true; id: string } | { ok: false; message: string };

/** Trims what a copy brings along (spaces, quotes) and checks the rest. */
export function checkHostingOrderId(input: string): OrderIdCheck {
  const id = input.trim().replace(/^(["'`])(.*)\1$/, '$2').trim();
  if (id === '') return { ok: false, message: 'Enter the hosting order ID, e.g. 01arz3nhyrtsv4rrffq69g5fav.' };
  if (id.length > MAX_LENGTH) return { ok: false, message: `A hosting order ID has at most ${MAX_LENGTH} characters; this has ${id.length}.` };
  const bad = [...new Set([...id].filter((c) => !/[A-Za-z0-9_-]/.test(c)))];
  if (bad.length > 0) {
    const shown = bad.slice(0, 5).map(describeCharacter).join(', ');
    return { ok: false, message: `A hosting order ID has only letters, digits, "-" and "_"; remove ${shown}.` };
  }
  return { ok: true, id };
}

export function isHostingOrderId(value: unknown): value is string {
  return typeof value === 'string' && HOSTING_ORDER_ID_PATTERN.test(value);
}

function describeCharacter(c: string): string {
  if (c === ' ') return 'the space';
  const code = c.codePointAt(0) ?? 0;
  // Invisible and control characters are named by code point, so the user can find them.
  if (code < 0x20 || (code >= 0x7f && code <= 0xa0) || /\p{Cf}/u.test(c)) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${c}"`;
}
