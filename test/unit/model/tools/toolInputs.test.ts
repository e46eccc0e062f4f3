import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { checkFilter, checkPhoneNumbers, checkToolInput, TOOL_INPUT_SCHEMAS, TOOL_NAMES } from '../../../../src/model/tools/toolInputs';

const pkg = JSON.parse(readFileSync(join(__dirname, '../../../../package.json'), 'utf8')) as {
  contributes: { languageModelTools: Array<{ name: string; modelDescription: string; displayName: string; inputSchema: unknown; tags: string[] }> };
};

describe('chat tool inputs', () => {
  it('declares in package.json exactly the schemas the tools check', () => {
    const declared = pkg.contributes.languageModelTools;
    assert.deepEqual(declared.map((t) => t.name).sort(), [...TOOL_NAMES].sort());
    for (const tool of declared) {
      const { $schema: _ignored, ...expected } = z.toJSONSchema(TOOL_INPUT_SCHEMAS[tool.name as keyof typeof TOOL_INPUT_SCHEMAS]) as Record<string, unknown>;
      assert.deepEqual(tool.inputSchema, expected, tool.name);
      assert.ok(tool.modelDescription.length > 80, `${tool.name} has a real modelDescription`);
    }
  });

  it('marks the writes as writes and says in their description that the user confirms', () => {
    for (const tool of pkg.contributes.languageModelTools) {
      const write = ['sinch_addNumbers', 'sinch_sendVoiceChallenge', 'sinch_deleteQualifiedNumbers'].includes(tool.name);
      assert.ok(tool.tags.includes(write ? 'write' : 'read'), tool.name);
      assert.equal(/confirm/.test(tool.modelDescription), write, tool.name);
    }
  });

  it('accepts what the schema allows', () => {
    assert.deepEqual(checkToolInput('sinch_listQualifiedNumbers', { state: 'VERIFIED', region: 'CA', filter: '555', limit: 5 }), {
      ok: true,
      input: { state: 'VERIFIED', region: 'CA', filter: '555', limit: 5 },
    });
    assert.deepEqual(checkToolInput('sinch_summarizeQualifiedNumbers', undefined), { ok: true, input: {} });
  });

  it('refuses everything else with every problem in words', () => {
    const refused = checkToolInput('sinch_listQualifiedNumbers', { state: 'verified', limit: 0, token: 'x' });
    assert.equal(refused.ok, false);
    assert.match(refused.ok ? '' : refused.words, /^The input was refused, nothing was done\. state: Invalid option: .*; limit: Too small: .*; input: Unrecognized key: "token"\.$/);
    assert.match(JSON.stringify(checkToolInput('sinch_addNumbers', { phoneNumbers: Array(101).fill('+12025550134') })), /phoneNumbers: Too big/);
    assert.match(JSON.stringify(checkToolInput('sinch_getQualifiedNumber', { phoneNumber: 12025550134 })), /phoneNumber: Invalid input: expected string, received number/);
    assert.match(JSON.stringify(checkToolInput('sinch_getHostingOrder', 'abc')), /expected object/);
  });

  it('checks phone numbers by the "Add Numbers to Qualify" rule, de-duplicated', () => {
    assert.deepEqual(checkPhoneNumbers(['(202) 555-0134', '+12025550134', '1 202 555 0135']), { ok: true, input: ['+12025550134', '+12025550135'] });
    const refused = checkPhoneNumbers(['+12025550134', '+442079460958', '../etc']);
    assert.equal(refused.ok, false);
    assert.match(refused.ok ? '' : refused.words, /Not valid US\/CA numbers: \+442079460958: not a US\/CA number.*; \.\.\/etc: contains "\/"/);
  });

  it('checks the list filter by the tree\'s rule', () => {
    const filter = checkFilter('+1202*');
    assert.ok(filter.ok && filter.input?.('+12025550134') && !filter.input('+13035550134'));
    assert.deepEqual(checkFilter(undefined), { ok: true, input: undefined });
    const refused = checkFilter('abc');
    assert.match(refused.ok ? '' : refused.words, /^The input was refused, nothing was done\. filter: "a" cannot appear in a phone number/);
  });
});
