import assert from 'node:assert/strict';
import { parseNumberFilter } from '../../../../src/model/tree/filter';

function matcher(text: string): (e164: string) => boolean {
  const parsed = parseNumberFilter(text);
  assert.ok(parsed.ok, `"${text}" should parse`);
  return parsed.filter.matches;
}

describe('parseNumberFilter', () => {
  it('matches plain digits anywhere in the number', () => {
    const m = matcher('5550');
    assert.equal(m('+12025550134'), true);
    assert.equal(m('+12025551234'), false);
  });

  it('ignores formatting the user types', () => {
    assert.equal(matcher('(202) 555-01')('+12025550134'), true);
    assert.equal(matcher('+1 202')('+12025550134'), true);
  });

  it('matches * and ? patterns against the whole number, with or without the country code', () => {
    assert.equal(matcher('+1202*')('+12025550134'), true);
    assert.equal(matcher('202*')('+12025550134'), true);
    assert.equal(matcher('*0134')('+12025550134'), true);
    assert.equal(matcher('*01?4')('+12025550134'), true);
    assert.equal(matcher('*01?4')('+12025550135'), false);
    assert.equal(matcher('+1303*')('+12025550134'), false);
  });

  it('refuses letters and regex characters with a reason', () => {
    for (const bad of ['abc', '555[0-9]', '.*', '5\\d']) {
      const parsed = parseNumberFilter(bad);
      if (parsed.ok) assert.fail(`"${bad}" should be refused`);
      assert.ok(parsed.reason.length > 0);
    }
  });

  it('refuses an empty filter and one without digits', () => {
    assert.equal(parseNumberFilter('   ').ok, false);
    assert.equal(parseNumberFilter('+-').ok, false);
  });

  it('keeps what the user typed for the view description', () => {
    const parsed = parseNumberFilter('  +1202*  ');
    assert.ok(parsed.ok);
    assert.equal(parsed.filter.text, '+1202*');
  });
});
