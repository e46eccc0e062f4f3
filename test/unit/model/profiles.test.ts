import assert from 'node:assert/strict';
import { parseProfileList, parseStoredCredentials, removeProfile, secretKeyFor, upsertProfile, validateKeyIdInput, validateKeySecretInput, validateProfileName, validateProjectIdInput } from '../../../src/model/profiles';

const production = { name: 'production', projectId: 'd1923022-5199-4bb3-a513-c47b3a656bc5', authMethod: 'oauth2' as const };
const test = { name: 'test', projectId: 'a1b2c3', authMethod: 'basic' as const };

describe('profiles', () => {
  it('reads a stored list and drops entries that do not parse', () => {
    const list = parseProfileList({ profiles: [production, { name: 'x', projectId: '../evil', authMethod: 'oauth2' }, 'junk'], active: 'production' });
    assert.deepEqual(list, { profiles: [production], active: 'production' });
    assert.deepEqual(parseProfileList(undefined), { profiles: [] });
    assert.equal(parseProfileList({ profiles: [production], active: 'gone' }).active, undefined);
  });

  it('adds, replaces and removes profiles', () => {
    let list = upsertProfile({ profiles: [] }, production);
    list = upsertProfile(list, test);
    assert.equal(list.active, 'test');
    list = upsertProfile(list, { ...production, authMethod: 'basic' });
    assert.deepEqual(list.profiles.map((p) => `${p.name}:${p.authMethod}`), ['test:basic', 'production:basic']);
    list = removeProfile(list, 'production');
    assert.deepEqual(list, { profiles: [test], active: undefined });
  });

  it('never puts credentials in the profile list', () => {
    const list = upsertProfile({ profiles: [] }, { ...production, keySecret: 'hunter2' } as typeof production);
    assert.doesNotMatch(JSON.stringify(parseProfileList(list)), /hunter2/);
  });

  it('keys each profile secret apart and reads it back only when whole', () => {
    assert.notEqual(secretKeyFor('production'), secretKeyFor('test'));
    assert.deepEqual(parseStoredCredentials(JSON.stringify({ keyId: 'k', keySecret: 's' })), { keyId: 'k', keySecret: 's' });
    assert.equal(parseStoredCredentials('{"keyId":"k"}'), undefined);
    assert.equal(parseStoredCredentials('not json'), undefined);
    assert.equal(parseStoredCredentials(undefined), undefined);
  });

  it('says what is wrong with each sign-in field', () => {
    assert.equal(validateProfileName('production'), undefined);
    assert.match(validateProfileName('') ?? '', /name/);
    assert.match(validateProfileName('a/b') ?? '', /letters/);
    assert.equal(validateProjectIdInput(production.projectId), undefined);
    assert.match(validateProjectIdInput('abc/../x') ?? '', /letters, digits/);
    assert.match(validateKeyIdInput('has space') ?? '', /no spaces/);
    assert.equal(validateKeySecretInput('s3cr3t'), undefined);
    assert.match(validateKeySecretInput(' ') ?? '', /secret/);
  });
});
