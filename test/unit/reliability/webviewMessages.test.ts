// Webview messages are untrusted input. Every message of the corpus
// (test/fixtures/bad-input/webview-messages.json), every fast-check mutation of a valid message,
// huge, deep and cyclic ones are rejected, and rejecting them has no side effect on the host: the
// controller answers nothing, stores, copies, saves, moves and refreshes nothing, sends nothing to
// the sandbox and pollutes no prototype.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_MESSAGE_CHARS, parseWebviewMessage } from '../../../src/model/webviewMessages';
import { validStandardDraft } from '../../fixtures/textEnableDrafts';
import { recordedController, type Recorded } from './controllerHarness';
import { fixture, harness, SEEDS, type Harness } from './helpers';
import { oneOfEachWebviewMessage } from '../../fixtures/webviewMessages';

interface CorpusEntry {
  name: string;
  message?: unknown;
  raw?: string;
}

const { messages: corpus } = fixture<{ messages: CorpusEntry[] }>('webview-messages.json');

/** "@draft" -> a valid draft; {"@draft": {...}} -> one with those fields; "@101" -> 101 characters. */
function expand(value: unknown): unknown {
  if (value === '@draft') return validStandardDraft();
  if (typeof value === 'string' && /^@\d+$/.test(value)) return 'a'.repeat(Number(value.slice(1)));
  if (Array.isArray(value)) return value.map(expand);
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if ('@draft' in record) return { ...validStandardDraft(), ...(expand(record['@draft']) as object) };
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, expand(v)]));
  }
  return value;
}

function corpusMessage(entry: CorpusEntry): unknown {
  return entry.raw !== undefined ? JSON.parse(entry.raw) : expand(entry.message);
}

const validMessages = oneOfEachWebviewMessage;

type Mutation = (message: Record<string, unknown>) => Record<string, unknown>;

/** Ways to spoil a valid message; each must make it rejected. */
const mutations: fc.Arbitrary<Mutation> = fc.oneof(
  // An extra field at the top or inside the draft.
  fc.tuple(fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !['type', 'requestId', 'draft', 'hostingOrderId', 'auth', 'numbers'].includes(k)), fc.jsonValue()).map(
    ([key, value]): Mutation => (m) => (typeof m.draft === 'object' && m.draft !== null && key.length % 2 === 0 ? { ...m, draft: { ...(m.draft as object), [key]: value } } : { ...m, [key]: value }),
  ),
  // A forbidden key, at the top or one level down.
  fc.constantFrom('__proto__', 'constructor', 'prototype').map(
    (key): Mutation => (m) => {
      const spoiled = JSON.parse(JSON.stringify(m)) as Record<string, unknown>;
      const target = typeof spoiled.draft === 'object' && spoiled.draft !== null ? (spoiled.draft as Record<string, unknown>) : spoiled;
      Object.defineProperty(target, key, { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
      return spoiled;
    },
  ),
  // Another type for the discriminator.
  fc.oneof(fc.string({ maxLength: 14 }), fc.integer(), fc.constant(null)).filter((t) => !validMessages().some((v) => v.type === t)).map((type): Mutation => (m) => ({ ...m, type })),
  // A field of the wrong type (strings become numbers and the reverse).
  fc.constant<Mutation>((m) => {
    const key = Object.keys(m).find((k) => k !== 'type');
    if (key === undefined) return { ...m, type: 7 };
    const value = m[key];
    return { ...m, [key]: typeof value === 'string' ? 12 : typeof value === 'number' ? String(value) : 'not-an-object' };
  }),
);

function assertNoSideEffects(r: Recorded, h: Harness, what: string): void {
  assert.deepEqual(r.posts, [], `${what}: the host answered`);
  assert.equal(r.memento.writes, 0, `${what}: something was stored`);
  assert.deepEqual(r.clipboard, [], `${what}: something was copied`);
  assert.deepEqual(r.saved, [], `${what}: a file was saved`);
  assert.deepEqual(r.moved, [], `${what}: numbers were moved`);
  assert.equal(r.refreshes, 0, `${what}: the tree was refreshed`);
  assert.deepEqual(h.sandbox.requestLog(), [], `${what}: a request reached the API`);
  assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined, `${what}: Object.prototype was polluted`);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
}

describe('reliability: webview messages', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(() => h.close());

  it(`rejects each of the ${corpus.length} messages of the corpus, naming the problem`, () => {
    for (const entry of corpus) {
      const parsed = parseWebviewMessage(corpusMessage(entry));
      assert.ok(!parsed.ok, `${entry.name} was accepted`);
      assert.ok(parsed.reason.length > 0);
    }
  });

  it('handles each corpus message on the host without any side effect', async () => {
    const r = recordedController({ client: h.client() });
    for (const entry of corpus) await r.controller.handle(corpusMessage(entry));
    assert.equal(r.controller.rejectedMessages, corpus.length);
    assertNoSideEffects(r, h, 'the corpus');
    // The log names the problem, never the content.
    assert.equal(r.logs.length, corpus.length);
    for (const line of r.logs) assert.doesNotMatch(line, /polluted|Lovelace|ada@example\.com|\+12025550134/);
  });

  it('rejects huge, deep, cyclic and exotic messages before reading them', async () => {
    const r = recordedController({ client: h.client() });
    let deep: Record<string, unknown> = { type: 'ready' };
    for (let i = 0; i < 50; i++) deep = { type: 'ready', nested: deep };
    const cyclic: Record<string, unknown> = { type: 'reset' };
    cyclic.self = cyclic;
    const throwing = { type: 'ready', get boom(): never { throw new Error('getter ran'); } };
    const huge = [
      { type: 'draftChanged', draft: validStandardDraft({ numbersText: '+12025550134\n'.repeat(Math.ceil((10 * 1024 * 1024) / 13)) }) },
      { type: 'moveNumbers', requestId: 1, numbers: Array.from({ length: 40_000 }, () => '+18005550100') },
      { type: 'submit', requestId: 1, draft: validStandardDraft({ displayName: 'x'.repeat(MAX_MESSAGE_CHARS) }) },
    ];
    const exotic: unknown[] = [deep, cyclic, throwing, { type: 'ready', n: BigInt(1) }, { type: 'ready', [Symbol('s')]: 1 }, Object.create(null), new Map([['type', 'ready']])];
    for (const [index, message] of [...huge, ...exotic].entries()) {
      const parsed = parseWebviewMessage(message);
      assert.ok(!parsed.ok, `message #${index} was accepted`);
      await r.controller.handle(message);
    }
    for (const message of huge) assert.match((parseWebviewMessage(message) as { reason: string }).reason, /too large/);
    assertNoSideEffects(r, h, 'huge and exotic messages');
  });

  it('never throws on any JSON value, and what it accepts is exactly a known message (fast-check, 2000 values)', () => {
    const known = new Set(validMessages().map((m) => m.type));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ type: fc.constantFrom(...known), requestId: fc.integer() }, { requiredKeys: ['type'] }), fc.anything()), (value) => {
        const parsed = parseWebviewMessage(value);
        if (!parsed.ok) return;
        assert.ok(known.has(parsed.message.type));
        assert.deepEqual(JSON.parse(JSON.stringify(parsed.message)), JSON.parse(JSON.stringify(value)), 'the accepted message is not what was sent');
      }),
      { seed: SEEDS.messages, numRuns: 2000 },
    );
  });

  it('rejects every spoiled version of a valid message, with no side effect on the host (fast-check, 300 messages)', async () => {
    for (const message of validMessages()) assert.ok(parseWebviewMessage(message).ok, `the valid ${String(message.type)} is refused`);
    const r = recordedController({ client: h.client() });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...validMessages()), mutations, async (message, mutate) => {
        const spoiled = mutate(message);
        const parsed = parseWebviewMessage(spoiled);
        assert.ok(!parsed.ok, `accepted ${JSON.stringify(spoiled).slice(0, 120)}`);
        await r.controller.handle(spoiled);
      }),
      { seed: SEEDS.messages, numRuns: 300 },
    );
    assertNoSideEffects(r, h, 'spoiled messages');
  });
});
