// Shared by the reliability tests: the bad-input corpus, a manual-clock sandbox with a client that
// never really sleeps (FakeClock), and checks on what the sandbox's own request log and store say.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createClient, type ClientConfig, type QualifiedNumbersClient } from '../../../src/api';
import { GLOBAL_PROCESS_STATES, type QualifiedNumber } from '../../../src/api/types';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../../src/sandbox';
import { FakeClock } from '../api/helpers/fakeClock';

export const PROJECT = 'reliability-project';
export const API_PREFIX = `/v1/projects/${PROJECT}`;
export const FIXTURES = path.resolve(__dirname, '../../fixtures/bad-input');
/** Fixed seeds keep every property run reproducible; a failure prints the seed and the path to replay. */
/**
 * The client timeout of tests where a fault makes requests hang. Short, so a hang costs little; not
 * so short that a request the sandbox answers misses it on a loaded machine (at 200 ms they did,
 * beside a tool install).
 */
export const HANG_TIMEOUT_MS = 750;

export const SEEDS = { phone: 7001, paths: 7002, forms: 7003, messages: 7004, shell: 7005, errors: 7006 } as const;

export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')) as T;
}

export function fixtureText(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

export interface PhoneCorpus {
  normalised: Array<{ input: string; e164: string; region: 'US' | 'CA' }>;
  refused: Array<{ name: string; input: string; reason: string }>;
}

export interface Harness {
  sandbox: RunningSandbox;
  clock: FakeClock;
  client(extra?: Partial<ClientConfig>): QualifiedNumbersClient;
  close(): Promise<void>;
}

/** A manual-clock sandbox; clients get a FakeClock, so retries and backoff never sleep for real. */
export async function harness(options: SandboxOptions = {}): Promise<Harness> {
  const sandbox = await startSandbox({ port: 0, clock: 'manual', ...options });
  const clock = new FakeClock();
  return {
    sandbox,
    clock,
    client: (extra = {}) =>
      createClient({
        projectId: PROJECT,
        credentials: { keyId: 'reliability-key-id', keySecret: 'reliability-key-secret' },
        auth: 'basic',
        baseUrl: sandbox.url,
        authBaseUrl: sandbox.url,
        clock,
        random: () => 0.5,
        ...extra,
      }),
    close: () => sandbox.close(),
  };
}

/** Every number of every state, walking every page, as the API lists them. */
export async function everyState(client: QualifiedNumbersClient): Promise<Map<string, { numbers: QualifiedNumber[]; totalSizes: number[] }>> {
  const result = new Map<string, { numbers: QualifiedNumber[]; totalSizes: number[] }>();
  for (const state of GLOBAL_PROCESS_STATES) {
    const numbers: QualifiedNumber[] = [];
    const totalSizes: number[] = [];
    for await (const page of client.listPages({ state, pageSize: 100 })) {
      numbers.push(...page.qualifiedNumbers);
      totalSizes.push(page.totalSize ?? -1);
    }
    result.set(state, { numbers, totalSizes });
  }
  return result;
}

/**
 * The store is consistent: every number is listed in exactly one state, under the state it
 * reports, and each state's totalSize equals the length of its list on every page.
 * Returns number -> state.
 */
export async function assertConsistentStore(client: QualifiedNumbersClient): Promise<Map<string, string>> {
  const owner = new Map<string, string>();
  for (const [state, { numbers, totalSizes }] of await everyState(client)) {
    for (const size of totalSizes) assert.equal(size, numbers.length, `totalSize of ${state} is ${size} but ${numbers.length} are listed`);
    for (const n of numbers) {
      assert.equal(n.globalProcessState, state, `${n.phoneNumber} is listed under ${state} but says ${n.globalProcessState}`);
      const seen = owner.get(n.phoneNumber);
      assert.equal(seen, undefined, `${n.phoneNumber} is listed under ${seen} and ${state}`);
      owner.set(n.phoneNumber, state);
    }
  }
  return owner;
}

/** The API requests the sandbox received for this method and path suffix (e.g. ':addNumbers'). */
export function requestsTo(sandbox: RunningSandbox, method: string, suffix: string): Array<{ status: number; fault?: string }> {
  return sandbox.requestLog().filter((e) => e.method === method && e.path.endsWith(suffix));
}

/** Clears scripted faults through the control endpoint (the JS API only adds). */
export async function clearFaults(sandbox: RunningSandbox): Promise<void> {
  const res = await fetch(`${sandbox.url}/_sandbox/faults`, { method: 'DELETE' });
  assert.equal(res.status, 200);
}
