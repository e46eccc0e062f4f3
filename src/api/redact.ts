// Log lines, notifications and errors never carry a credential. A server (or a proxy) may echo
// whatever it was sent, in any encoding, so every form the extension itself sends is hidden: the
// key ID and secret as typed, `keyId:secret` (the `user:pass@` form), its base64 with and without
// the "Basic " prefix, URL-encoded and JSON-escaped values, and each OAuth2 access token.

export interface Redactor {
  /** One secret value (a key secret, an access token), in every encoding it may travel in. */
  add(secret: string): void;
  /** A key ID and secret, alone and as the pair HTTP Basic sends. */
  addCredentials(keyId: string, keySecret: string): void;
  clear(): void;
  redact(text: string): string;
}

/** Very short values would blank out ordinary words; real keys and tokens are long. */
const MIN_SECRET_LENGTH = 4;
const MASK = '***';

/**
 * `Bearer …`/`Basic …` followed by something shaped like a credential: 8+ token characters with a
 * digit, `+`, `/` or `=`, or with a `.` inside (a JWT). Plain words ("Basic auth", "bearer
 * token was refused") are left alone, so the log still reads as English.
 */
const HEADER_VALUE = /(Bearer|Basic)\s+(?=[A-Za-z0-9._~+/=-]{8})(?=[A-Za-z._~-]*[0-9+/=]|[A-Za-z0-9~+/=-]+\.[A-Za-z0-9])[A-Za-z0-9._~+/=-]+/gi;

/**
 * `headerPatterns` (default on) also hides any `Bearer …`/`Basic …` value and `//user:pass@` in a
 * URL, for the log. The API client knows every secret it sends and turns it off, so Sinch's
 * words ("the bearer token was refused") reach the user unchanged.
 */
export function createRedactor(options: { headerPatterns?: boolean } = {}): Redactor {
  const headerPatterns = options.headerPatterns ?? true;
  const forms = new Set<string>();
  // Longest first, so a value inside a longer form (the key ID inside `keyId:secret`) never
  // leaves half of the longer one behind.
  let ordered: string[] = [];
  const remember = (values: Iterable<string>): void => {
    for (const value of values) if (value.length >= MIN_SECRET_LENGTH) forms.add(value);
    ordered = [...forms].sort((a, b) => b.length - a.length);
  };
  return {
    add(secret) {
      if (secret.length >= MIN_SECRET_LENGTH) remember(valueForms(secret));
    },
    addCredentials(keyId, keySecret) {
      if (keyId.length >= MIN_SECRET_LENGTH) remember(valueForms(keyId));
      if (keySecret.length >= MIN_SECRET_LENGTH) remember([...valueForms(keySecret), ...pairForms(keyId, keySecret)]);
    },
    clear() {
      forms.clear();
      ordered = [];
    },
    redact(text) {
      let result = text;
      for (const form of ordered) result = result.split(form).join(MASK);
      if (!headerPatterns) return result;
      // Authorization headers or basic-auth URLs of credentials this redactor was never told about.
      return result.replace(HEADER_VALUE, `$1 ${MASK}`).replace(/\/\/[^/@\s]+:[^/@\s]+@/g, `//${MASK}:${MASK}@`);
    },
  };
}

/** A value as sent in a header, a URL (path or query) or a form body, and as quoted in JSON. */
function valueForms(value: string): string[] {
  return [value, encodeURIComponent(value), formEncoded(value), JSON.stringify(value).slice(1, -1)];
}

/** The pair as HTTP Basic carries it (base64 and base64url, padded or not) and as `user:pass@`. */
function pairForms(keyId: string, keySecret: string): string[] {
  const pair = `${keyId}:${keySecret}`;
  const base64 = Buffer.from(pair, 'utf8').toString('base64');
  const base64url = Buffer.from(pair, 'utf8').toString('base64url');
  return [
    pair,
    `${encodeURIComponent(keyId)}:${encodeURIComponent(keySecret)}`,
    base64,
    base64.replace(/=+$/, ''),
    base64url,
    encodeURIComponent(base64),
  ];
}

function formEncoded(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2);
}
