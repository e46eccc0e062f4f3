// The filter box's refusals in words, its length limit, and a pattern written without the country
// code that must not match a number by dropping a digit from its middle.
import assert from 'node:assert/strict';
import { parseNumberFilter } from '../../../../src/model/tree/filter';

function reason(text: string): string | undefined {
  const parsed = parseNumberFilter(text);
  return parsed.ok ? undefined : parsed.reason;
}

describe('number filter edges', () => {
  it('asks for digits when the box is empty', () => {
    assert.equal(reason(''), 'Type some digits (e.g. 555) or a pattern (e.g. +1202*).');
    assert.equal(reason('   '), 'Type some digits (e.g. 555) or a pattern (e.g. +1202*).');
  });

  it('takes 32 characters and refuses 33', () => {
    assert.equal(reason('1'.repeat(32)), undefined);
    assert.equal(reason('1'.repeat(33)), 'Keep the filter under 32 characters.');
  });

  it('drops only a leading country code 1 when matching a pattern', () => {
    const parsed = parseNumberFilter('4420723456?');
    assert.ok(parsed.ok);
    assert.equal(parsed.filter.matches('+442071234567'), false);
    assert.equal(parsed.filter.matches('+14420723456'), false);
    assert.equal(parsed.filter.matches('+144207234567'), true);
  });
});
