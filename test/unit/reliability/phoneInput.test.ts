// Bad phone numbers (test/fixtures/bad-input/phone-numbers.json, plus fast-check): every entry is
// refused with a reason or normalised to NANP E.164, and nothing that is not E.164 reaches a URL
// path or the server, whichever way it comes in (a paste, a file, a command argument, the client).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { SinchApiError } from '../../../src/api';
import { ApiPaths } from '../../../src/api/paths';
import { MAX_INPUT_BYTES, parseNumberSource } from '../../../src/model/numberInput';
import { E164_PATTERN, NANP_E164_PATTERN, parseNanpNumber, parseNumberList } from '../../../src/model/phone';
import { targetsFromArgs } from '../../../src/model/commandTargets';
import { API_PREFIX, fixture, harness, PROJECT, SEEDS, type Harness, type PhoneCorpus } from './helpers';

const corpus = fixture<PhoneCorpus>('phone-numbers.json');
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/;

/** Strings people paste: digits and separators mostly, with anything else now and then. */
const phoneish = fc.string({
  unit: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...'0123456789') },
    { weight: 3, arbitrary: fc.constantFrom(' ', '-', '.', '(', ')', '+') },
    { weight: 1, arbitrary: fc.constantFrom('/', '?', '#', '%', ':', '&', '\\', '..', '%2F', '\u0660', '\uff12', '\u200b', '\u0000', '\n', 'a', 'Z') },
  ),
  maxLength: 30,
});
const anyText = fc.oneof(phoneish, fc.string({ unit: 'binary', maxLength: 60 }));

describe('reliability: phone numbers people paste', () => {
  it(`normalises each of the ${corpus.normalised.length} well-meant entries of the corpus to E.164`, () => {
    for (const entry of corpus.normalised) {
      const parsed = parseNanpNumber(entry.input);
      assert.ok(parsed.ok, `${JSON.stringify(entry.input)} was refused: ${parsed.ok ? '' : parsed.reason}`);
      assert.equal(parsed.e164, entry.e164, JSON.stringify(entry.input));
      assert.equal(parsed.region, entry.region, JSON.stringify(entry.input));
    }
  });

  it(`refuses each of the ${corpus.refused.length} bad entries of the corpus with a reason a person can read`, () => {
    for (const entry of corpus.refused) {
      const parsed = parseNanpNumber(entry.input);
      assert.ok(!parsed.ok, `${entry.name}: ${JSON.stringify(entry.input)} was accepted as ${parsed.ok ? parsed.e164 : ''}`);
      assert.match(parsed.reason, new RegExp(entry.reason), `${entry.name}: the reason "${parsed.reason}"`);
      assert.doesNotMatch(parsed.reason, INVISIBLE, `${entry.name}: the reason carries an invisible character`);
      assert.doesNotMatch(parsed.input, INVISIBLE, `${entry.name}: the entry is echoed with an invisible character`);
    }
  });

  it('lets no entry of the corpus into a URL path unless it is exactly E.164', () => {
    const paths = new ApiPaths(PROJECT);
    for (const input of [...corpus.refused, ...corpus.normalised].map((e) => e.input)) {
      let built: string | undefined;
      try {
        built = paths.sendVoiceChallenge(input, 'test');
      } catch (error) {
        assert.ok(error instanceof SinchApiError && error.kind === 'invalid-input', `${JSON.stringify(input)} threw ${String(error)}`);
      }
      if (built !== undefined) {
        assert.match(input, E164_PATTERN, `${JSON.stringify(input)} entered a path`);
        assert.equal(built, `${API_PREFIX}/qualifiedNumbers/${input}:sendVoiceChallenge`);
      }
    }
  });

  it('never throws, and accepts only NANP E.164 that parses back to itself (fast-check, 3000 strings)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseNanpNumber(text);
        if (parsed.ok) {
          assert.match(parsed.e164, NANP_E164_PATTERN);
          const digits = text.replace(/\D/g, '');
          assert.ok(digits === parsed.e164.slice(2) || digits === parsed.e164.slice(1), `${JSON.stringify(text)} -> ${parsed.e164} changed the digits`);
          const again = parseNanpNumber(parsed.e164);
          assert.ok(again.ok && again.e164 === parsed.e164);
        } else {
          assert.ok(parsed.reason.length > 0);
          assert.doesNotMatch(parsed.reason, INVISIBLE);
        }
      }),
      { seed: SEEDS.phone, numRuns: 3000 },
    );
  });

  it('splits any pasted list into valid NANP numbers and named invalid entries, losing no valid number (fast-check, 500 lists)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(phoneish, fc.constantFrom(...corpus.normalised.map((e) => e.input))), { maxLength: 12 }), fc.constantFrom('\n', ', ', ';', '\t'), (entries, separator) => {
        const list = parseNumberList(entries.join(separator));
        const valid = list.valid.map((v) => v.e164);
        for (const n of valid) assert.match(n, NANP_E164_PATTERN);
        assert.equal(new Set(valid).size, valid.length, 'a number listed twice in `valid`');
        for (const i of list.invalid) assert.ok(i.reason.length > 0);
        // Every entry that parses on its own (and holds no separator) is in the result.
        for (const entry of entries) {
          const alone = parseNanpNumber(entry);
          if (alone.ok && !/[,;\t\r\n]/.test(entry)) assert.ok(valid.includes(alone.e164), `${JSON.stringify(entry)} was lost from ${JSON.stringify(entries)}`);
        }
      }),
      { seed: SEEDS.phone, numRuns: 500 },
    );
  });

  it('builds a path only from exact E.164, whatever string is given (fast-check, 3000 strings)', () => {
    const paths = new ApiPaths(PROJECT);
    fc.assert(
      fc.property(anyText, (text) => {
        let segment: string | undefined;
        try {
          segment = paths.qualifiedNumber(text, 'test').slice(`${API_PREFIX}/qualifiedNumbers/`.length);
        } catch (error) {
          assert.ok(error instanceof SinchApiError && error.kind === 'invalid-input');
          assert.match(error.message, /is not an E\.164 phone number/);
          return;
        }
        assert.equal(segment, text);
        assert.match(segment, /^\+[1-9][0-9]{1,14}$/);
      }),
      { seed: SEEDS.paths, numRuns: 3000 },
    );
  });

  it('takes only valid numbers from command arguments (tree nodes or strings), dropping the rest', () => {
    const inputs = corpus.refused.map((e) => e.input);
    const numbersFromCommandArgs = (node: unknown, nodes: unknown): string[] => targetsFromArgs(node, nodes).map((n) => n.phoneNumber);
    assert.deepEqual(numbersFromCommandArgs(inputs[0], inputs), []);
    assert.deepEqual(numbersFromCommandArgs(undefined, inputs.map((phoneNumber) => ({ number: { phoneNumber } }))), []);
    assert.deepEqual(numbersFromCommandArgs(undefined, [...inputs, '(202) 555-0134', { number: { phoneNumber: '+14165550134' } }, { number: '+1' }, 42, null]), ['+12025550134', '+14165550134']);
  });

  describe('a 10 MB paste', () => {
    const TEN_MB = 10 * 1024 * 1024;
    const pastes: Array<[string, string]> = [
      ['one number over and over', '+12025550134\n'.repeat(Math.ceil(TEN_MB / 13))],
      ['digits without a separator', '2'.repeat(TEN_MB)],
      ['letters', 'x'.repeat(TEN_MB)],
      ['numbers and junk', '(202) 555-0134, <b>x</b>; '.repeat(Math.ceil(TEN_MB / 26))],
    ];
    for (const [what, text] of pastes) {
      it(`is refused as a whole, with its size, before any entry is parsed: ${what}`, () => {
        assert.ok(text.length >= TEN_MB);
        const parsed = parseNumberSource(text);
        assert.deepEqual(parsed.valid, [], 'numbers from a 10 MB paste were accepted');
        assert.equal(parsed.invalid.length, 1);
        assert.match(parsed.invalid[0].reason, new RegExp(`too long \\(${text.length.toLocaleString('en-US')} characters; at most ${MAX_INPUT_BYTES.toLocaleString('en-US')}\\)`));
        assert.ok(parsed.invalid[0].input.length <= 21, 'the whole paste is echoed back');
      });
    }

    it('is read as usual at exactly the limit', () => {
      const numbers = '+12025550134\n(416) 555-0134\n';
      const text = numbers + ' '.repeat(MAX_INPUT_BYTES - numbers.length);
      assert.equal(text.length, MAX_INPUT_BYTES);
      assert.deepEqual(parseNumberSource(text).valid.map((v) => v.e164), ['+12025550134', '+14165550134']);
      assert.equal(parseNumberSource(`${text} `).valid.length, 0, 'one character more is refused');
    });
  });

  describe('against the sandbox over loopback HTTP', () => {
    let h: Harness;
    beforeEach(async () => {
      h = await harness({ numbers: 0 });
    });
    afterEach(() => h.close());

    it('sends nothing for a corpus entry that is not E.164, and only E.164 paths for the rest', async () => {
      const client = h.client();
      const inputs = [...corpus.refused, ...corpus.normalised].map((e) => e.input);
      let expectedRequests = 0;
      for (const input of inputs) {
        const e164 = E164_PATTERN.test(input);
        const calls: Array<() => Promise<unknown>> = [
          () => client.get(input),
          () => client.delete(input),
          () => client.sendVoiceChallenge(input),
          () => client.verifyVoiceChallenge(input, '1234'),
        ];
        for (const call of calls) {
          await assert.rejects(call(), (error: unknown) => {
            assert.ok(error instanceof SinchApiError, String(error));
            // Not E.164: refused here. E.164 but not in the store: the sandbox says 404.
            assert.equal(error.kind, e164 ? 'http' : 'invalid-input', `${JSON.stringify(input)}: ${error.message}`);
            return true;
          });
          if (e164) expectedRequests++;
        }
      }
      const log = h.sandbox.requestLog();
      assert.equal(log.length, expectedRequests);
      for (const entry of log) assert.match(entry.path, /^\/v1\/projects\/reliability-project\/qualifiedNumbers\/\+[1-9]\d{1,14}(:sendVoiceChallenge|:verifyVoiceChallenge)?$/);
      assert.ok(log.every((e) => e.status === 404), 'every request that went out was about a number the store does not have');
    });

    it('adds only the valid numbers of a paste that mixes the whole corpus, each once', async () => {
      const client = h.client();
      const paste = [...corpus.refused.map((e) => e.input), ...corpus.normalised.map((e) => e.input)].join('\n');
      const parsed = parseNumberSource(paste);
      const expected = [...new Set(corpus.normalised.map((e) => e.e164))];
      assert.deepEqual(parsed.valid.map((v) => v.e164).sort(), [...expected].sort());
      await client.addNumbers(parsed.valid.map((v) => v.e164));
      const sent = h.sandbox.requestLog();
      assert.deepEqual(sent.map((e) => `${e.method} ${e.path} ${e.status}`), [`POST ${API_PREFIX}/qualifiedNumbers:addNumbers 200`]);
      const listed = (await client.list({ state: 'GLOBAL_PROCESS_STATE_ELIGIBLE_CHECK_PENDING', pageSize: 100 })).qualifiedNumbers.map((n) => n.phoneNumber);
      assert.deepEqual(listed.sort(), [...expected].sort());
    });
  });
});
