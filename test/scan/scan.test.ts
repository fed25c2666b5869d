import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileResult } from '../../src/analyzer/types';
import { scan } from '../../src/scan';
import { looksMinified } from '../../src/scan/read';
import { makeTempDir, removeTempDir, withTempDir, writeFiles } from '../support/temp-dir';

/** The entry for one file, with the parts the scan decides (not the analyzer's findings). */
function entry(files: FileResult[], name: string) {
  const file = files.find((f) => path.basename(f.path) === name);
  assert.ok(file, `no entry for ${name}`);
  return { error: file.error, skipped: file.skipped, functions: file.functions.length, diagnostics: file.diagnostics.length };
}

const analyzed = { error: undefined, skipped: undefined, functions: 0, diagnostics: 0 };

/** One line of minified-looking code, `bytes` long. */
function bundle(bytes: number): string {
  const chunk = 'function a(b){for(var c=0;c<b.length;c++)b[c]=b[c]*2;return b}var x=a([1,2,3]);';
  return chunk.repeat(Math.ceil(bytes / chunk.length)).slice(0, bytes);
}

describe('scan: files it cannot or should not analyze', () => {
  let root: string;

  before(() => {
    root = makeTempDir();
    writeFiles(root, {
      'binary.js': Buffer.from([0x63, 0x6f, 0x6e, 0x00, 0x73, 0x74]),
      'latin1.js': Buffer.from('// caf\xe9\nconst x = 1;\n', 'latin1'),
      'empty.js': '',
      'bom.js': '\ufeffconst x = 1;\n',
      'oversized.js': 'x'.repeat(2 * 1024 * 1024 + 1),
      'exactly-2mb.js': `// ${'x'.repeat(60)}\n`.repeat((2 * 1024 * 1024) / 64),
      'notes.txt': 'not code',
    });
  });
  after(() => removeTempDir(root));

  it('skips binary files, non-UTF-8 text and oversized files, and analyzes empty ones', async () => {
    const { files } = await scan([root]);
    assert.deepEqual(entry(files, 'binary.js'), { ...analyzed, skipped: 'binary file' });
    assert.deepEqual(entry(files, 'latin1.js'), { ...analyzed, skipped: 'not UTF-8 text' });
    assert.deepEqual(entry(files, 'oversized.js'), { ...analyzed, skipped: 'file is larger than 2 MB' });
    assert.deepEqual(entry(files, 'exactly-2mb.js'), analyzed);
    assert.deepEqual(entry(files, 'empty.js'), analyzed);
    assert.deepEqual(entry(files, 'bom.js'), analyzed);
    assert.ok(!files.some((f) => f.path.endsWith('notes.txt')), 'walks list source files only');
  });

  it('honours a configured size limit in its message', async () => {
    const { files } = await scan([path.join(root, 'bom.js')], { maxFileSize: 10 });
    assert.equal(files[0].skipped, 'file is larger than 10 bytes');
  });

  it('skips a named file that is not a source file or is a declaration file', async () => {
    writeFiles(root, { 'types.d.ts': 'export {};' });
    const { files } = await scan([path.join(root, 'notes.txt'), path.join(root, 'types.d.ts')]);
    assert.deepEqual(files.map((f) => f.skipped), ['not a JavaScript or TypeScript source file', 'declaration file']);
  });

  it('analyzes a named Node script without an extension, as TypeScript when ts-node runs it, and skips other such files', async () => {
    await withTempDir(async (dir) => {
      writeFiles(dir, {
        'tool': '#!/usr/bin/env node\nconst fs = require("fs");\nfunction main(p) { return fs.readFileSync(p); }\n',
        'typed': '#!/usr/bin/env ts-node\nconst size = <number>input;\nfunction main(p: string) { return require("fs").readFileSync(p); }\n',
        'LICENSE': 'MIT License\n',
      });
      const { files } = await scan(['tool', 'typed', 'LICENSE'].map((name) => path.join(dir, name)));
      assert.equal(entry(files, 'LICENSE').skipped, 'not a JavaScript or TypeScript source file');
      for (const name of ['tool', 'typed']) {
        const result = files.find((f) => path.basename(f.path) === name);
        assert.equal(result?.error, undefined, name);
        assert.deepEqual(result?.functions.map((f) => [f.name, f.classification]), [['main', 'blocking-io']], name);
      }
    });
  });

  it('skips a generated 10 MB bundle as too large, and as minified when the limit allows it', async () => {
    await withTempDir(async (dir) => {
      writeFiles(dir, { 'vendor.bundle.js': `/*! license */\n${bundle(10 * 1024 * 1024)}\n` });
      const file = path.join(dir, 'vendor.bundle.js');
      assert.equal((await scan([file])).files[0].skipped, 'file is larger than 2 MB');
      assert.equal((await scan([file], { maxFileSize: 20 * 1024 * 1024 })).files[0].skipped, 'minified or generated file');
    });
  });

  it('reports a missing named path and a file vanished before reading as errors, and finishes', async () => {
    await withTempDir(async (dir) => {
      writeFiles(dir, { 'ok.js': 'const a = 1;' });
      fs.symlinkSync(path.join(dir, 'deleted.js'), path.join(dir, 'dangling.js')); // listed, then gone
      const { files } = await scan([dir, path.join(dir, 'missing.js')]);
      assert.deepEqual(entry(files, 'missing.js'), { ...analyzed, error: 'no such file or directory' });
      assert.deepEqual(entry(files, 'dangling.js'), { ...analyzed, error: 'no such file or directory' });
      assert.deepEqual(entry(files, 'ok.js'), analyzed);
    });
  });

  it('reports a self-referencing symlink as an error instead of hanging', async () => {
    await withTempDir(async (dir) => {
      fs.symlinkSync('loop.js', path.join(dir, 'loop.js'));
      const { files } = await scan([dir]);
      assert.deepEqual(entry(files, 'loop.js'), { ...analyzed, error: 'too many levels of symbolic links' });
    });
  });

  it('never reads a FIFO named like a source file (reading would block)', async function () {
    if (process.platform === 'win32') this.skip();
    await withTempDir(async (dir) => {
      execFileSync('mkfifo', [path.join(dir, 'pipe.js')]);
      const { files } = await scan([dir]);
      assert.deepEqual(entry(files, 'pipe.js'), { ...analyzed, error: 'not a regular file' });
    });
  });

  it('treats a folder named like a source file as a folder', async () => {
    await withTempDir(async (dir) => {
      writeFiles(dir, { 'weird.js/inner.ts': '' });
      const { files } = await scan([dir]);
      assert.deepEqual(files.map((f) => path.relative(dir, f.path)), [path.join('weird.js', 'inner.ts')]);
    });
  });

  // Unreadable files and folders (EACCES) are covered end to end in test/cli/cli.test.ts, which
  // runs the CLI as an unprivileged user when the tests run as root.
});

describe('scan: results', () => {
  it('returns version 1 and entries sorted by path, with the path as given', async () => {
    await withTempDir(async (dir) => {
      writeFiles(dir, { 'b.js': '', 'a/z.js': '', 'a.js': '' });
      const result = await scan([path.join(dir, 'b.js'), dir]);
      assert.equal(result.version, 1);
      assert.deepEqual(result.files.map((f) => path.relative(dir, f.path)), ['a.js', path.join('a', 'z.js'), 'b.js']);
    });
  });

  it('reports progress up to the number of files found, counting skipped files as done', async () => {
    await withTempDir(async (dir) => {
      writeFiles(dir, { 'a.js': '', 'b.js': '', 'c.js': Buffer.from([0]) });
      const calls: Array<[number, number]> = [];
      await scan([dir], { onProgress: (done, total) => calls.push([done, total]) });
      assert.deepEqual(calls, [[1, 3], [3, 3]]);
    });
  });
});

describe('looksMinified', () => {
  it('ignores small files whatever their shape', () => {
    assert.equal(looksMinified(bundle(40 * 1024)), false);
  });

  it('flags one huge line and long average lines', () => {
    assert.equal(looksMinified(bundle(60 * 1024)), true);
    assert.equal(looksMinified(Array.from({ length: 200 }, () => bundle(600)).join('\n')), true);
  });

  it('flags a bundle with its data on the same few lines', () => {
    const data = `var zones = ${JSON.stringify(Array.from({ length: 4000 }, (_, i) => `Zone/${i}|LMT EST|4u 50|01|-1e7w0`))};`;
    assert.equal(looksMinified(`${bundle(20 * 1024)}${data}\n${bundle(2 * 1024)}`), true);
  });

  it('does not flag hand-written code with one long embedded data string', () => {
    const code = Array.from({ length: 3000 }, (_, i) => `  const value${i} = compute(${i}); // step ${i}`).join('\n');
    const dataUri = `const logo = "data:image/png;base64,${'A'.repeat(40 * 1024)}";`;
    assert.ok(code.length + dataUri.length > 50 * 1024);
    assert.equal(looksMinified(`${dataUri}\n${code}`), false);
  });

  it('does not flag hand-written code around data written one record per long line', () => {
    // A module holding GeoJSON features, one per line of 900-2,000 characters, and a few functions over them.
    const feature = (i: number, points: number) => `{"type":"Feature","id":"F${i}","properties":{"name":"Area ${i}"},"geometry":{"type":"Polygon","coordinates":[[${Array.from({ length: points }, (_, j) => `[${(i + j / 7).toFixed(6)},${(j - i / 3).toFixed(6)}]`).join(',')}]]}},`;
    const data = `var features = [\n${Array.from({ length: 150 }, (_, i) => feature(i, i % 3 === 0 ? 30 : 90)).join('\n')}\n];`;
    const functions = Array.from({ length: 20 }, (_, i) => `function inside${i}(polygon, point) {\n  var c = false;\n  for (var i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {\n    if (polygon[i][1] > point[1] !== polygon[j][1] > point[1]) c = !c;\n  }\n  return c;\n}`).join('\n');
    const text = `${data}\n${functions}`;
    assert.ok(text.length > 50 * 1024 && text.length / text.split('\n').length > 500);
    assert.equal(looksMinified(text), false);
  });

  it('does not flag hand-written code whose long lines are lookup tables and generated patterns', () => {
    // he.js's shape: a few normal functions around tables that hold more than half of the text.
    const table = `var encodeMap = {${Array.from({ length: 3000 }, (_, i) => `'\\u${(0x100 + i).toString(16)}':'e${i}'`).join(',')}};`;
    const pattern = `var regexEscape = /${Array.from({ length: 2000 }, (_, i) => `\\u${(0x100 + i).toString(16)}`).join('|')}/g;`;
    const functions = Array.from({ length: 60 }, (_, i) => `function encode${i}(text) {\n  return text.replace(regexEscape, (c) => encodeMap[c]);\n}`).join('\n');
    const text = `${table}\n${pattern}\n${functions}`;
    assert.ok(text.length > 50 * 1024 && table.length + pattern.length > text.length / 2);
    assert.equal(looksMinified(text), false);
  });
});
