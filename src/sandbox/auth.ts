// Authentication the way Sinch does it: HTTP Basic with any non-empty key ID and secret, or a
// bearer token this sandbox issued from POST /oauth2/token that has not expired on the virtual clock.
import { randomBytes } from 'node:crypto';
import { SandboxHttpError } from './errors';

const BASIC_CHALLENGE = 'Basic realm="Sinch"';
/** How long an expired token is still recognised (and refused as expired, not unknown), in virtual ms. */
const REMEMBER_EXPIRED_MS = 24 * 3600 * 1000;

export interface BasicCredentials {
  keyId: string;
  keySecret: string;
}

/** Reads `Authorization: Basic ...`; undefined when absent or not Basic. */
export function parseBasic(header: string | undefined): BasicCredentials | undefined {
  if (!header || !/^basic /i.test(header)) return undefined;
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { keyId: decoded.slice(0, colon), keySecret: decoded.slice(colon + 1) };
}

export interface IssuedToken {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

export class TokenIssuer {
  private readonly tokens = new Map<string, number>();

  constructor(private readonly now: () => number, private readonly ttlSeconds: number) {}

  issue(): IssuedToken {
    this.dropExpired();
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, this.now() + this.ttlSeconds * 1000);
    return { access_token: token, token_type: 'Bearer', expires_in: this.ttlSeconds, scope: '' };
  }

  /** 'ok', or why the token is refused. */
  check(token: string): 'ok' | 'expired' | 'unknown' {
    const expiresAt = this.tokens.get(token);
    if (expiresAt === undefined) return 'unknown';
    return this.now() < expiresAt ? 'ok' : 'expired';
  }

  /** Forgets tokens a day after they expired: until then a client holding one hears "token expired". */
  private dropExpired(): void {
    const now = this.now();
    for (const [token, expiresAt] of this.tokens) if (expiresAt + REMEMBER_EXPIRED_MS <= now) this.tokens.delete(token);
  }
}

/** Throws a 401 in Sinch's shape unless the request carries acceptable credentials. */
export function authenticate(header: string | undefined, tokens: TokenIssuer): void {
  if (!header) {
    throw new SandboxHttpError(401, 'Request had no credentials: send HTTP Basic (key ID and secret) or an OAuth2 bearer token.', { headers: { 'WWW-Authenticate': `${BASIC_CHALLENGE}, Bearer` } });
  }
  if (/^bearer /i.test(header)) {
    const verdict = tokens.check(header.slice(7).trim());
    if (verdict === 'ok') return;
    const why = verdict === 'expired' ? 'token expired' : 'token unknown';
    throw new SandboxHttpError(401, `The bearer token was refused: ${why}. Fetch a new token from /oauth2/token.`, {
      headers: { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${why}"` },
    });
  }
  const basic = parseBasic(header);
  if (basic && basic.keyId !== '' && basic.keySecret !== '') return;
  throw new SandboxHttpError(401, 'The credentials were refused: HTTP Basic needs a non-empty key ID and key secret.', { headers: { 'WWW-Authenticate': BASIC_CHALLENGE } });
}
