// Sinch signs a callback with HMAC-SHA1 of the raw body bytes, hex, in `X-Sinch-Signature`, when
// the project has a callback secret. Checked here on the bytes as received (never a re-serialised
// object), compared in constant time so a probe cannot learn the signature byte by byte.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-sinch-signature';

export type SignatureVerdict =
  | { kind: 'valid'; why: string }
  | { kind: 'invalid'; why: string }
  | { kind: 'unsigned'; why: string }
  | { kind: 'noSecret'; why: string };

export function signCallbackBody(secret: string, rawBody: Uint8Array | string): string {
  return createHmac('sha1', secret).update(rawBody).digest('hex');
}

/** The verdict on one delivery: `header` is the X-Sinch-Signature value as received, if any. */
export function verifyCallbackSignature(rawBody: Uint8Array, header: string | undefined, secret: string | undefined): SignatureVerdict {
  if (header === undefined || header.trim() === '') {
    return { kind: 'unsigned', why: 'No X-Sinch-Signature header: the project has no callback secret, or something between Sinch and you removed the header.' };
  }
  if (!secret) {
    return { kind: 'noSecret', why: 'The delivery carries X-Sinch-Signature, but no callback secret is stored for its project: run "Sinch: Set Callback Secret" to check it.' };
  }
  const expected = Buffer.from(signCallbackBody(secret, rawBody), 'hex');
  const given = header.trim().toLowerCase();
  if (!/^[0-9a-f]{40}$/.test(given)) {
    return { kind: 'invalid', why: `X-Sinch-Signature is not 40 hex characters (an HMAC-SHA1); it was ${JSON.stringify(header.slice(0, 60))}.` };
  }
  if (timingSafeEqual(expected, Buffer.from(given, 'hex'))) {
    return { kind: 'valid', why: 'X-Sinch-Signature matches the HMAC-SHA1 of the raw body with the stored callback secret.' };
  }
  return { kind: 'invalid', why: 'X-Sinch-Signature does not match the HMAC-SHA1 of the raw body with the stored callback secret: the secret differs from the project\'s, or the body was changed on the way.' };
}

/**
 * Whether a delivery may make the extension follow something new (an order it names): only what
 * verifies, or an unsigned delivery when no secret is stored to check it with. A bad signature, or
 * no signature while a secret is stored, is shown but never acted on: anyone can post to the port.
 */
export function trustsDelivery(verdict: SignatureVerdict, secretStored: boolean): boolean {
  return verdict.kind === 'valid' || (verdict.kind === 'unsigned' && !secretStored);
}

/** The phrase the Callbacks view shows for a verdict (a contract: tests and users look for it). */
export function verdictPhrase(verdict: SignatureVerdict): string {
  switch (verdict.kind) {
    case 'valid':
      return 'signature valid';
    case 'invalid':
      return 'signature invalid';
    case 'unsigned':
      return 'unsigned';
    case 'noSecret':
      // Not checked is not trusted: a handler without the secret must refuse it too.
      return 'signature invalid: no secret set';
  }
}
