// How a replay or forward leaves the machine: through VS Code's proxy (http.proxy, HTTPS_PROXY,
// NO_PROXY) like the API requests, loopback never. Used by the inspector, which lives in the
// extension bundle where the proxy code already is; send.ts (the lazily loaded core) takes the result.
import crossFetch from 'cross-fetch';
import { proxiedFetch, proxyFor, shownProxy, type ProxySettings } from '../api/proxy';
import type { SendFetch, SendRequest } from './send';

/** One proxied fetch per proxy setting: its agent keeps the tunnels' connections. */
const fetches = new Map<string, SendFetch>();

export function sendRoute(url: string, settings: ProxySettings | undefined): Pick<SendRequest, 'fetch' | 'proxy'> {
  const proxy = settings ? proxyFor(url, settings) : undefined;
  if (!proxy || !settings) return {};
  const cacheKey = JSON.stringify([settings.url, settings.noProxy ?? []]);
  let fetch = fetches.get(cacheKey);
  if (!fetch) {
    const base = crossFetch as unknown as SendFetch;
    fetch = proxiedFetch<Parameters<SendFetch>[1], Awaited<ReturnType<SendFetch>>>(base, settings);
    fetches.set(cacheKey, fetch);
  }
  return { fetch, proxy: shownProxy(proxy) };
}
