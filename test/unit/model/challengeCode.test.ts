import assert from 'node:assert/strict';
import { normaliseChallengeCode, validateChallengeCode } from '../../../src/model/challengeCode';

describe('voice challenge code', () => {
  it('accepts digits, with the spaces and dashes people type while listening', () => {
    assert.equal(validateChallengeCode('123456'), undefined);
    assert.equal(validateChallengeCode('123 456'), undefined);
    assert.equal(normaliseChallengeCode(' 12-34 56 '), '123456');
  });

  it('refuses letters, empty and implausible lengths', () => {
    assert.match(validateChallengeCode('12a456') ?? '', /digits only/);
    assert.match(validateChallengeCode('') ?? '', /Type the digits/);
    assert.match(validateChallengeCode('12') ?? '', /4 to 10/);
  });
});
