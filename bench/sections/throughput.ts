// The sandbox's throughput: requests per second for list and get from 50 concurrent keep-alive
// connections on loopback, for a bounded time, measured with autocannon. The sandbox runs in its
// own process (the production CLI bundle), with no injected latency and 1,000 seeded numbers;
// requests carry an OAuth2 bearer token, as the extension's do.
import autocannon from 'autocannon';
import { PROJECT_ID } from '../lib/client';
import type { Row } from '../lib/report';
import type { SandboxProcess } from '../lib/sandboxProcess';

const SECTION = 'Sandbox';
const CONNECTIONS = 50;
export const THROUGHPUT_BUDGET = 3000;

async function bearerToken(url: string): Promise<string> {
  const response = await fetch(`${url}/oauth2/token`, {
    method: 'POST',
    headers: { Authorization: `Basic ${Buffer.from('bench-key:bench-secret').toString('base64')}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no token: HTTP ${response.status}`);
  return body.access_token;
}

export async function measureThroughput(sandbox: SandboxProcess, seconds: number): Promise<Row[]> {
  const headers = { Authorization: `Bearer ${await bearerToken(sandbox.url)}` };
  const base = `/v1/projects/${PROJECT_ID}/qualifiedNumbers`;
  const list = `${base}?states=GLOBAL_PROCESS_STATE_VERIFIED&pageSize=50`;
  const first = (await (await fetch(`${sandbox.url}${list}`, { headers })).json()) as { qualifiedNumbers: Array<{ phoneNumber: string }> };
  const phones = first.qualifiedNumbers.map((n) => n.phoneNumber).slice(0, 20);
  if (phones.length === 0) throw new Error('the sandbox listed no numbers');

  const rows: Row[] = [];
  const runs: Array<[string, Array<{ path: string }>]> = [
    ['list (one page of 50)', [{ path: list }]],
    ['get (one number)', phones.map((p) => ({ path: `${base}/${p}` }))],
  ];
  for (const [name, requests] of runs) {
    const result = await autocannon({ url: sandbox.url, connections: CONNECTIONS, duration: seconds, headers, requests });
    const bad = result.errors + result.timeouts + result.non2xx;
    rows.push({
      section: SECTION,
      name: `${name}, ${CONNECTIONS} connections`,
      measured: bad > 0 ? 0 : result.requests.average,
      unit: 'req/s',
      budget: { op: '>=', value: THROUGHPUT_BUDGET },
      note: `${seconds} s; latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; ${result.requests.total} requests${bad > 0 ? `; ${bad} errors/non-2xx (counted as 0)` : ''}`,
    });
  }
  return rows;
}
