import assert from 'node:assert/strict';
import { newerProfileList, nextProfileList, parseProfileList, parseStoredCredentials, removeProfile, secretKeyFor, upsertProfile, validateKeyIdInput, validateKeySecretInput, validateProfileName, validateProjectIdInput } from '../../../src/model/profiles';

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

  it('writes on top of the newest copy and adopts only a newer one (several windows)', () => {
    const old = { profiles: [production], revision: 3 };
    const newer = { profiles: [production, test], active: 'test', revision: 4 };
    assert.equal(newerProfileList(old, newer), newer);
    assert.equal(newerProfileList(newer, old), newer, 'an older copy never replaces a newer one');
    assert.equal(newerProfileList(newer, { ...old, revision: 4 }), newer, 'a tie keeps this window\'s copy');
    assert.equal(newerProfileList(old, undefined), old);
    const next = nextProfileList(newerProfileList(old, newer), (list) => removeProfile(list, 'production'));
    assert.deepEqual(next, { profiles: [test], active: 'test', revision: 5 });
    assert.equal(nextProfileList({ profiles: [] }, (list) => list).revision, 1, 'a list from before revisions counts as 0');
    assert.equal(parseProfileList({ profiles: [], revision: -1 }).revision, undefined, 'a nonsense revision is not trusted');
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
