// Opaque page tokens. A token is a keyset cursor (the sort key and phone number of the last row
// sent) bound to the query it came from, so pages stay consistent when rows are added or removed
// between calls, and a token replayed against another state or filter is refused.
import type { GlobalProcessState, OrderBy, RegionCode } from '../api/types';

export interface ListQuery {
  state: GlobalProcessState;
  regionCode?: RegionCode;
  orderBy?: OrderBy;
}

export interface PageCursor {
  /** Sort value of the last row sent: epoch ms for time orders, the phone number otherwise. */
  key: number | string;
  phoneNumber: string;
}

interface TokenBody {
  v: 1;
  p: string;
  s: string;
  r: string;
  o: string;
  k: number | string;
  n: string;
}

export function encodePageToken(projectId: string, query: ListQuery, cursor: PageCursor): string {
  const body: TokenBody = { v: 1, p: projectId, s: query.state, r: query.regionCode ?? '', o: query.orderBy ?? '', k: cursor.key, n: cursor.phoneNumber };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

export type DecodedToken = { ok: true; cursor: PageCursor } | { ok: false; reason: string };

export function decodePageToken(token: string, projectId: string, query: ListQuery): DecodedToken {
  let body: Partial<TokenBody>;
  try {
    if (!/^[A-Za-z0-9_-]{1,2000}$/.test(token)) throw new Error('not base64url');
    body = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<TokenBody>;
  } catch {
    return { ok: false, reason: 'is not a page token this server issued' };
  }
  if (body === null || typeof body !== 'object' || body.v !== 1 || typeof body.n !== 'string' || (typeof body.k !== 'number' && typeof body.k !== 'string')) {
    return { ok: false, reason: 'is not a page token this server issued' };
  }
  if (body.p !== projectId || body.s !== query.state || body.r !== (query.regionCode ?? '') || body.o !== (query.orderBy ?? '')) {
    return { ok: false, reason: 'belongs to a different query; keep states, regionCode and orderBy the same while paging' };
  }
  return { ok: true, cursor: { key: body.k, phoneNumber: body.n } };
}
