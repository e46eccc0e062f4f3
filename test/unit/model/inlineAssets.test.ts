// The form's page inlines its script and style only when the HTML parser cannot end the element
// early: a bundle that could would run cut in half (or show as text), so it must be loaded by URL.
import * as assert from 'assert';
import { canInlineScript, canInlineStyle } from '../../../src/model/inlineAssets';

describe('inline assets of the form page', () => {
  it('inlines a script unless it holds a script tag, opening or closing, in any case', () => {
    assert.strictEqual(canInlineScript('const a = "<\\/script>"; if (a < b) x(`<!--${c}-->`);'), true);
    for (const text of ['x("</script>")', 'x("</SCRIPT")', "y('<script src=a>')", "y('<Script')"]) {
      assert.strictEqual(canInlineScript(text), false, text);
    }
  });

  it('inlines a style unless it holds a closing style tag', () => {
    assert.strictEqual(canInlineStyle('body { content: "<style>"; }'), true);
    assert.strictEqual(canInlineStyle('a::after { content: "</style>"; }'), false);
    assert.strictEqual(canInlineStyle('a::after { content: "</STYLE"; }'), false);
  });
});
