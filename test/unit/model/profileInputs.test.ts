// The input boxes of "Sign In" / profiles: each refusal's exact words and the limits (name 40,
// key ID 200, key secret 500 characters).
import assert from 'node:assert/strict';
import { validateKeyIdInput, validateKeySecretInput, validateProfileName, validateProjectIdInput } from '../../../src/model/profiles';

describe('profile input boxes', () => {
  it('profile name', () => {
    assert.equal(validateProfileName('  '), 'Give the profile a name, e.g. production or test.');
    assert.equal(validateProfileName('a'.repeat(40)), undefined);
    assert.equal(validateProfileName('a'.repeat(41)), 'Keep the name under 40 characters.');
    assert.equal(validateProfileName('my-test_1.b'), undefined);
    assert.equal(validateProfileName('a/b'), 'Use letters, digits, spaces, ".", "-" and "_".');
  });

  it('project ID', () => {
    assert.equal(validateProjectIdInput(' '), 'Paste the project ID from the Sinch Customer Dashboard (Settings > Projects).');
    assert.equal(validateProjectIdInput(' d1923022-5199-4bb3-a513-c47b3a656bc5 '), undefined);
    assert.equal(validateProjectIdInput('a/b'), 'A project ID has letters, digits and "-" only, e.g. d1923022-5199-4bb3-a513-c47b3a656bc5.');
  });

  it('access key ID', () => {
    assert.equal(validateKeyIdInput(' '), 'Paste the access key ID (Dashboard > Settings > Access Keys).');
    assert.equal(validateKeyIdInput('k'.repeat(200)), undefined);
    assert.equal(validateKeyIdInput('k'.repeat(201)), 'An access key ID has no spaces.');
    assert.equal(validateKeyIdInput('a b'), 'An access key ID has no spaces.');
  });

  it('key secret', () => {
    assert.equal(validateKeySecretInput(' '), 'Paste the key secret shown when the access key was created.');
    assert.equal(validateKeySecretInput('s'.repeat(500)), undefined);
    assert.equal(validateKeySecretInput('s'.repeat(501)), 'That is longer than any key secret.');
  });
});
