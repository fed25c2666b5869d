import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scan } from '../../src/scan';
import { withTempDir, writeFiles } from '../support/temp-dir';

const SOURCE = "const fs = require('fs');\nfunction load(p) { return fs.readFileSync(p); }\nmodule.exports = { load };\n";

function namesIn(result: Awaited<ReturnType<typeof scan>>): string[] {
  return result.files.flatMap((file) => file.functions.map((fn) => fn.name));
}

describe('scan --cache', () => {
  it('reuses the summary of an unchanged file and redoes a changed one', () =>
    withTempDir(async (dir) => {
      writeFiles(dir, { 'src/a.js': SOURCE });
      const cacheDir = path.join(dir, 'cache');
      const first = await scan([path.join(dir, 'src')], { cacheDir, toolVersion: 't' });
      assert.deepEqual(namesIn(first), ['load']);

      // Tamper with the cached summary: a run that reuses it must show the tampered name.
      const cacheFile = path.join(cacheDir, 'summaries.json');
      fs.writeFileSync(cacheFile, fs.readFileSync(cacheFile, 'utf8').replace('"name":"load"', '"name":"fromCache"'));
      assert.deepEqual(namesIn(await scan([path.join(dir, 'src')], { cacheDir, toolVersion: 't' })), ['fromCache']);

      // A new tool version, or new file content, ignores the cached entry.
      assert.deepEqual(namesIn(await scan([path.join(dir, 'src')], { cacheDir, toolVersion: 'u' })), ['load']);
      fs.writeFileSync(cacheFile, fs.readFileSync(cacheFile, 'utf8').replace('"name":"load"', '"name":"fromCache"'));
      writeFiles(dir, { 'src/a.js': SOURCE.replace('load', 'read') });
      assert.deepEqual(namesIn(await scan([path.join(dir, 'src')], { cacheDir, toolVersion: 'u' })), ['read']);
    }));

  it('gives the same results with and without a cache, and survives a corrupt cache file', () =>
    withTempDir(async (dir) => {
      writeFiles(dir, { 'src/a.js': SOURCE, 'src/b.js': "const { load } = require('./a');\nasync function main() { return load('x'); }\n" });
      const cacheDir = path.join(dir, 'cache');
      const plain = await scan([path.join(dir, 'src')]);
      const cold = await scan([path.join(dir, 'src')], { cacheDir });
      const warm = await scan([path.join(dir, 'src')], { cacheDir });
      assert.deepEqual(cold, plain);
      assert.deepEqual(warm, plain);
      fs.writeFileSync(path.join(cacheDir, 'summaries.json'), '{ not json');
      assert.deepEqual(await scan([path.join(dir, 'src')], { cacheDir }), plain);
    }));
});
