import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NodeSourceHost } from '../../src/scan/host';
import { makeTempDir, removeTempDir, writeFiles } from '../support/temp-dir';

describe('NodeSourceHost', () => {
  let root: string;

  beforeEach(() => {
    root = makeTempDir();
  });
  afterEach(() => removeTempDir(root));

  it('returns the text of a source file', () => {
    writeFiles(root, { 'a.ts': 'export const a = 1;\n' });
    assert.equal(new NodeSourceHost().readFile(path.join(root, 'a.ts')), 'export const a = 1;\n');
  });

  it('returns undefined for missing paths, folders and files that fail the checks', () => {
    writeFiles(root, {
      'binary.js': Buffer.from([0, 1, 2]),
      'big.js': 'x'.repeat(100),
      'data.json': '{}',
      'folder/index.js': '',
    });
    const host = new NodeSourceHost(50);
    for (const name of ['missing.js', 'binary.js', 'big.js', 'data.json', 'folder']) {
      assert.equal(host.readFile(path.join(root, name)), undefined, name);
    }
    assert.deepEqual(host.load(path.join(root, 'big.js')), { skipped: 'file is larger than 50 bytes' });
  });

  it('reads each path once, misses included, whatever its spelling', () => {
    writeFiles(root, { 'a.js': 'first' });
    const host = new NodeSourceHost();
    const file = path.join(root, 'a.js');
    assert.equal(host.readFile(file), 'first');
    assert.equal(host.readFile(path.join(root, 'later.js')), undefined);

    fs.writeFileSync(file, 'second');
    writeFiles(root, { 'later.js': 'now here' });
    assert.equal(host.readFile(path.join(root, '.', 'sub', '..', 'a.js')), 'first');
    assert.equal(host.readFile(path.join(root, 'later.js')), undefined);
    assert.equal(new NodeSourceHost().readFile(file), 'second', 'a new host (a new scan) reads again');
  });

  it('loads many files at once, in order, sharing the cache with readFile', async () => {
    writeFiles(root, { 'a.js': 'a', 'b.js': Buffer.from([0]) });
    const host = new NodeSourceHost();
    const names = ['a.js', 'b.js', 'missing.js', 'a.js'].map((name) => path.join(root, name));
    assert.deepEqual(await host.loadAll(names), [
      { text: 'a' }, { skipped: 'binary file' }, { error: 'no such file or directory' }, { text: 'a' },
    ]);
    fs.writeFileSync(path.join(root, 'a.js'), 'changed');
    assert.equal(host.readFile(path.join(root, 'a.js')), 'a');
  });
});
