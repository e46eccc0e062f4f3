// Which requests go through a proxy, and a fetch that sends them there. The rules are VS Code's and
// curl's: the `http.proxy` setting or HTTPS_PROXY/HTTP_PROXY, except hosts in NO_PROXY /
// `http.noProxy`; loopback (the sandbox, a local listener) never goes through a proxy.
// The tunnel is https-proxy-agent's (CONNECT, proxy credentials from the URL), not hand-written;
// it is required when the first request goes through a proxy, so a window without one never loads
// it (in the extension it is a bundle of its own, scripts/lazyPackages.mjs).
import type { HttpsProxyAgent } from 'https-proxy-agent';

export interface ProxySettings {
  /** http://host:port (credentials allowed: user:pass@host); undefined for none. */
  url?: string;
  /** Host names or suffixes (`example.com`, `.example.com`, `*.example.com`), `host:port`, or `*` for every host. */
  noProxy?: readonly string[];
}

// URL writes an IPv4-mapped address in hex: [::ffff:127.0.0.1] becomes [::ffff:7f00:1].
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[?::1\]?|\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\])$/i;

/** The proxy a request to `target` goes through, or undefined to go direct. */
export function proxyFor(target: string, settings: ProxySettings | undefined): string | undefined {
  if (!settings?.url) return undefined;
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return undefined;
  }
  if (LOOPBACK.test(url.hostname)) return undefined;
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  for (const raw of settings.noProxy ?? []) {
    const entry = raw.trim().toLowerCase();
    if (entry === '') continue;
    if (entry === '*') return undefined;
    const [name, entryPort] = hostAndPort(entry.replace(/^\*/, ''));
    if (entryPort && entryPort !== port) continue;
    const bare = name.replace(/^\./, '');
    if (host === bare || host.endsWith(`.${bare}`)) return undefined;
  }
  return settings.url;
}

/** A NO_PROXY entry as host and optional port: `[v6]:port`, a bare IPv6 address (no port), `host:port`. */
function hostAndPort(entry: string): [string, string | undefined] {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return [bracketed[1], bracketed[2]];
  // Several colons: an IPv6 address, whose last group may look like a port ("2001:db8::1").
  if (entry.indexOf(':') !== entry.lastIndexOf(':')) return [entry, undefined];
  const [name, port] = entry.split(/:(?=\d+$)/);
  return [name, port];
}

/** The proxy for messages: scheme, host and port, never its credentials. */
export function shownProxy(proxy: string): string {
  try {
    const url = new URL(proxy);
    return `${url.protocol}//${url.host}`;
  } catch {
    return 'the configured proxy';
  }
}

/** `fetch` with requests that need it sent through the proxy (node-fetch's `agent` option). */
// Generic over the fetch's types, so this file needs nothing from config.ts (which uses it).
export function proxiedFetch<I extends object, R>(fetch: (url: string, init: I) => Promise<R>, settings: ProxySettings): (url: string, init: I) => Promise<R> {
  const agents = new Map<string, HttpsProxyAgent<string>>();
  return (target, init) => {
    const proxy = proxyFor(target, settings);
    if (!proxy) return fetch(target, init);
    let agent = agents.get(proxy);
    if (!agent) {
      // Certificates are always checked: credentials travel through this tunnel.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see the top
      agent = new (require('https-proxy-agent') as typeof import('https-proxy-agent')).HttpsProxyAgent(proxy);
      agents.set(proxy, agent);
    }
    return fetch(target, { ...init, agent });
  };
}
