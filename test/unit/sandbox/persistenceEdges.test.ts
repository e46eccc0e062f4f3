// The data file at its edges: which damaged files refuse a start and in what words, a file that
// cannot be read at all, a save that fails while the sandbox keeps serving, and what close() says.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DATA_FORMAT, loadSnapshot, saveSnapshot, SnapshotWriter, type SandboxSnapshot } from '../../../src/sandbox/persistence';
import { startSandbox } from '../../../src/sandbox';
import { BASE, getNumber, post, startTestSandbox } from './helpers';

const snapshot = (seed: number): SandboxSnapshot => ({ format: DATA_FORMAT, seed, virtualNow: 1000, projects: [] });

describe('sandbox data file edges', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sinch-sandbox-data-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a missing file as no snapshot, and refuses each damaged shape naming the file', async () => {
    const file = path.join(dir, 'state.json');
    assert.equal(await loadSnapshot(file), undefined);
    const notFormat = `The sandbox data file ${file} is not in the ${DATA_FORMAT} format; move it away to start afresh.`;
    const base = { format: DATA_FORMAT, seed: 1, virtualNow: 5, projects: [] };
    for (const data of [null, 7, { ...base, format: 'other' }, { ...base, seed: '1' }, { ...base, virtualNow: null }, { ...base, projects: {} }]) {
      writeFileSync(file, JSON.stringify(data));
      await assert.rejects(loadSnapshot(file), { message: notFormat }, JSON.stringify(data));
    }
    const project = { projectId: 'p', numbers: [], orders: [], lastCodes: [] };
    const damaged = `The sandbox data file ${file} has a damaged project entry; move it away to start afresh.`;
    for (const broken of [null, { ...project, projectId: 5 }, { ...project, numbers: {} }, { ...project, orders: null }, { ...project, lastCodes: 'x' }]) {
      writeFileSync(file, JSON.stringify({ ...base, projects: [project, broken] }));
      await assert.rejects(loadSnapshot(file), { message: damaged }, JSON.stringify(broken));
    }
    writeFileSync(file, JSON.stringify({ ...base, projects: [project] }));
    assert.deepEqual(await loadSnapshot(file), { ...base, projects: [project] });
    writeFileSync(file, '{"format":');
    await assert.rejects(loadSnapshot(file), (err: Error) => {
      assert.match(err.message, new RegExp(`^The sandbox data file ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid JSON \\(.+\\); move it away to start afresh\\.$`));
      assert.ok(err.cause instanceof SyntaxError, 'the parse error is kept as the cause');
      return true;
    });
  });

  it('refuses a data file that stores a number twice in one project, naming the number', async () => {
    const file = path.join(dir, 'state.json');
    const first = await startTestSandbox({ dataFile: file, numbers: 0 });
    await post(first, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+12025550134'] });
    await first.close();
    const saved = JSON.parse(readFileSync(file, 'utf8')) as SandboxSnapshot;
    saved.projects[0].numbers.push(saved.projects[0].numbers[0]);
    writeFileSync(file, JSON.stringify(saved));
    await assert.rejects(startTestSandbox({ dataFile: file, numbers: 0 }), { message: '+12025550134 already stored' });
  });

  it('applies the steps that fell due while it was stopped on the first request after a realtime start', async () => {
    // A manual session saved at its virtual time (January 2025); a realtime start resumes at the
    // wall clock, long after the number's eligibility check ended 30 s after the add.
    const file = path.join(dir, 'state.json');
    const first = await startTestSandbox({ dataFile: file, numbers: 0 });
    await post(first, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+12025550134'] });
    await first.close();
    const later = await startSandbox({ dataFile: file, numbers: 0 });
    try {
      const n = await getNumber(later, '+12025550134');
      assert.equal(n.globalProcessState, 'GLOBAL_PROCESS_STATE_ELIGIBLE');
      assert.equal(n.updatedTime, '2025-01-06T09:00:30.000Z', 'stamped when it was due, not when it was read');
    } finally {
      await later.close();
    }
    // What the read moved is saved too, so a kill now would not replay the steps (and their callbacks).
    const saved = await loadSnapshot(file);
    assert.equal(saved?.projects[0].numbers[0].state, 'GLOBAL_PROCESS_STATE_ELIGIBLE');
  });

  it('passes on a file it cannot read for another reason than its absence', async () => {
    const folder = path.join(dir, 'a-folder');
    mkdirSync(folder);
    await assert.rejects(loadSnapshot(folder), { code: 'EISDIR' });
  });

  it('writes the file readable by its owner only, and cleans up when the rename fails', async () => {
    const file = path.join(dir, 'state.json');
    await saveSnapshot(file, snapshot(3));
    assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')), snapshot(3));
    const target = path.join(dir, 'taken');
    mkdirSync(path.join(target, 'inside'), { recursive: true });
    await assert.rejects(saveSnapshot(target, snapshot(4)));
    assert.deepEqual(readdirSync(dir).sort(), ['state.json', 'taken'], 'no temp file left after the failed rename');
    assert.equal(statSync(file).mode & 0o777, 0o600);
  });

  it('keeps serving when a save fails, warns, and saves again on the next change', async () => {
    const file = path.join(dir, 'state.json');
    // The warnings the sandbox emits, kept here instead of printed among the test results.
    const warnings: string[] = [];
    const emitWarning = process.emitWarning;
    process.emitWarning = ((warning: string | Error): void => {
      warnings.push(typeof warning === 'string' ? warning : warning.message);
    }) as typeof process.emitWarning;
    const sb = await startTestSandbox({ numbers: 0, dataFile: file });
    try {
      // A folder (not empty) where the file goes: every rename onto it fails, even for root.
      mkdirSync(path.join(file, 'in-the-way'), { recursive: true });
      const added = await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+12025550134'] });
      assert.equal(added.status, 200, 'the write is answered even though it could not be saved');
      assert.equal((await getNumber(sb, '+12025550134')).phoneNumber, '+12025550134');
      assert.ok(warnings.some((w) => w.startsWith(`Sinch sandbox could not save ${file}: `)), JSON.stringify(warnings));
      rmSync(file, { recursive: true });
      await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+12025550135'] });
      const saved = readFileSync(file, 'utf8');
      assert.ok(saved.includes('+12025550134') && saved.includes('+12025550135'), 'the next save holds both');
    } finally {
      process.emitWarning = emitWarning;
    }
    await sb.close();
  });

  it('reports a save that still fails when it closes', async () => {
    const file = path.join(dir, 'state.json');
    const sb = await startTestSandbox({ numbers: 0, dataFile: file });
    const emitWarning = process.emitWarning;
    process.emitWarning = (() => undefined) as typeof process.emitWarning;
    try {
      mkdirSync(path.join(file, 'in-the-way'), { recursive: true });
      await post(sb, `${BASE}/qualifiedNumbers:addNumbers`, { phoneNumbers: ['+12025550134'] });
      await assert.rejects(sb.close(), (err: NodeJS.ErrnoException) => err.code === 'EISDIR' || err.code === 'ENOTEMPTY' || err.code === 'EEXIST');
    } finally {
      process.emitWarning = emitWarning;
    }
  });

  it('writes once more after changes that came in during a save, and flush waits for it', async () => {
    const file = path.join(dir, 'state.json');
    let seed = 0;
    const errors: Error[] = [];
    const writer = new SnapshotWriter(file, () => snapshot(++seed), (err) => errors.push(err));
    writer.request();
    writer.request();
    writer.request();
    const durable = writer.durable();
    await writer.flush();
    await durable;
    assert.equal((JSON.parse(readFileSync(file, 'utf8')) as SandboxSnapshot).seed, 2, 'one save, then one more for the changes made during it');
    await writer.durable();
    assert.deepEqual(errors, []);
  });
});
