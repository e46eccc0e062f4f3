// Where replays and forwards may go: https anywhere, plain http only to this machine (signed
// bodies should not cross a network in the clear). Same loopback rule as the base URLs.
import { hostKind } from '../settings';

export type SendTarget = { ok: true; url: string } | { ok: false; reason: string };

export function checkSendTarget(raw: string): SendTarget {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'Enter a URL, e.g. http://localhost:3000/sinch/callbacks.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: `"${text.slice(0, 80)}" is not a URL; it starts with https:// (or http://localhost for this machine).` };
  }
  if (url.username || url.password) return { ok: false, reason: 'Leave credentials out of the URL.' };
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  if (url.protocol === 'http:' && hostKind(url.href) === 'loopback') return { ok: true, url: url.href };
  if (url.protocol === 'http:') return { ok: false, reason: `Plain http only to this machine (localhost, 127.0.0.1); use https for ${url.host}.` };
  return { ok: false, reason: `Only http(s) URLs receive callbacks, not ${url.protocol.replace(':', '')}.` };
}
