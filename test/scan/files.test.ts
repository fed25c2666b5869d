import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { excludeMatcher } from '../../src/scan/exclude';
import { scriptExtension } from '../../src/analyzer/source-files';
import { discoverFiles, sourcePathProblem } from '../../src/scan/files';
import { makeTempDir, removeTempDir, writeFiles } from '../support/temp-dir';

describe('discoverFiles', () => {
  let root: string;
  let previousCwd: string;

  beforeEach(() => {
    root = makeTempDir();
    previousCwd = process.cwd();
    process.chdir(root); // paths below are relative, as on a command line
  });
  afterEach(() => {
    process.chdir(previousCwd);
    removeTempDir(root);
  });

  it('walks folders for source files in sorted order, joined from the given folder', async () => {
    writeFiles(root, {
      'project/src/b.ts': '', 'project/src/a.js': '', 'project/src/nested/c.mjs': '',
      'project/z.cjs': '', 'project/x.jsx': '', 'project/y.tsx': '', 'project/m.mts': '', 'project/n.cts': '',
      'project/README.md': '', 'project/data.json': '{}',
    });
    const { files, problems } = await discoverFiles(['project']);
    assert.deepEqual(problems, []);
    assert.deepEqual(files, [
      'project/m.mts', 'project/n.cts', 'project/src/a.js', 'project/src/b.ts',
      'project/src/nested/c.mjs', 'project/x.jsx', 'project/y.tsx', 'project/z.cjs',
    ].map((p) => p.split('/').join(path.sep)));
  });

  it('joins walked files from "." and from a trailing-slash folder without ./ or //', async () => {
    writeFiles(root, { 'src/a.js': '' });
    assert.deepEqual((await discoverFiles(['.'])).files, [path.join('src', 'a.js')]);
    assert.deepEqual((await discoverFiles(['src/'])).files, [path.join('src', 'a.js')]);
  });

  it('skips dependency, VCS and build output folders but not similar names', async () => {
    writeFiles(root, {
      'node_modules/dep/index.js': '', 'src/node_modules/x.js': '', '.git/hooks/a.js': '',
      'dist/a.js': '', 'build/a.js': '', 'out/a.js': '', 'coverage/a.js': '', '.next/a.js': '',
      'distribution/kept.js': '', 'src/builder.js': '',
    });
    const { files, skippedFolders } = await discoverFiles(['.']);
    assert.deepEqual(files, [path.join('distribution', 'kept.js'), path.join('src', 'builder.js')]);
    // Listed for the CLI's "nothing found" hint.
    assert.deepEqual(skippedFolders, ['.git', '.next', 'build', 'coverage', 'dist', 'node_modules', 'out', path.join('src', 'node_modules')]);
  });

  it('walks a skipped folder when it is named on the command line, and keeps named files anywhere', async () => {
    writeFiles(root, { 'dist/a.js': '', 'node_modules/dep/index.js': '' });
    const { files, skippedFolders } = await discoverFiles(['dist', 'node_modules/dep/index.js']);
    assert.deepEqual(files, [path.join('dist', 'a.js'), 'node_modules/dep/index.js']);
    assert.deepEqual(skippedFolders, []);
  });

  it('leaves out walked files an exclude glob matches, counts them, and keeps named files', async () => {
    writeFiles(root, { 'src/a.js': '', 'src/a.test.js': '', 'test/b.js': '', 'test/fixtures/c.js': '' });
    const { files, excludedFiles } = await discoverFiles(['.', 'test/b.js'], excludeMatcher(['*.test.js', 'test/**'], root));
    assert.deepEqual(files, [path.join('src', 'a.js'), 'test/b.js']);
    assert.equal(excludedFiles, 3);
  });

  it('lists files without an extension whose first line runs Node, and no other such file', async () => {
    writeFiles(root, {
      'bin/cli': '#!/usr/bin/env node\nrequire("../lib");\n',
      'bin/flags': '#!/usr/bin/env -S node --no-warnings\n',
      'bin/direct': '#!/usr/local/bin/node\n',
      'bin/typed': '#!/usr/bin/env ts-node\n',
      'bin/python': '#!/usr/bin/env python3\n',
      'bin/nodejs-named': '#!/bin/sh\nexec node "$0"\n',
      'LICENSE': 'MIT License\n', 'Makefile': 'all:\n', '.npmrc': '#!/usr/bin/env node\n',
    });
    const { files } = await discoverFiles(['.']);
    assert.deepEqual(files, ['bin/cli', 'bin/direct', 'bin/flags', 'bin/typed'].map((p) => p.split('/').join(path.sep)));
  });

  it('excludes declaration files from walks', async () => {
    writeFiles(root, { 'types/a.d.ts': '', 'types/b.d.mts': '', 'types/c.d.cts': '', 'types/real.ts': '' });
    assert.deepEqual((await discoverFiles(['types'])).files, [path.join('types', 'real.ts')]);
  });

  it('keeps the spelling of named files and lists a file named twice once', async () => {
    writeFiles(root, { 'src/a.js': '' });
    const { files } = await discoverFiles(['./src/a.js', 'src', 'src/../src/a.js']);
    assert.deepEqual(files, ['./src/a.js']);
  });

  it('reports a named path that does not exist, and goes on', async () => {
    writeFiles(root, { 'a.js': '' });
    const { files, problems } = await discoverFiles(['missing.js', 'a.js']);
    assert.deepEqual(files, ['a.js']);
    assert.deepEqual(problems, [{ path: 'missing.js', functions: [], diagnostics: [], error: 'no such file or directory' }]);
  });

  it('ends on symlink loops and follows links to folders once', async function () {
    writeFiles(root, { 'tree/sub/a.js': '' });
    try {
      fs.symlinkSync('..', path.join(root, 'tree/sub/parent-loop'), 'dir');
      fs.symlinkSync('.', path.join(root, 'tree/self-loop'), 'dir');
    } catch {
      this.skip(); // no symlink permission (Windows without developer mode)
    }
    const { files, problems } = await discoverFiles(['tree']);
    assert.deepEqual(files, [path.join('tree', 'sub', 'a.js')]);
    assert.deepEqual(problems, []);
  });

  it('walks deep folder trees without recursion', async () => {
    const deep = Array.from({ length: 200 }, (_, i) => `d${i}`).join('/');
    writeFiles(root, { [`${deep}/deep.ts`]: '' });
    assert.equal((await discoverFiles(['.'])).files.length, 1);
  });
});

describe('sourcePathProblem', () => {
  it('accepts the eight source extensions in any case, and says why others are not read', () => {
    for (const name of ['a.js', 'a.jsx', 'a.mjs', 'a.cjs', 'a.ts', 'a.tsx', 'a.mts', 'a.cts', 'A.JS']) {
      assert.equal(sourcePathProblem(name), undefined, name);
    }
    for (const name of ['a.d.ts', 'a.d.mts', 'A.D.TS']) assert.equal(sourcePathProblem(name), 'declaration file', name);
    for (const name of ['a.json', 'a.md', 'Makefile', 'a.js.map']) {
      assert.equal(sourcePathProblem(name), 'not a JavaScript or TypeScript source file', name);
    }
  });
});

describe('scriptExtension', () => {
  const table: [string, string | undefined][] = [
    ['#!/usr/bin/env node\n', '.js'],
    ['#!/usr/bin/env -S node --experimental-vm-modules\n', '.js'],
    ['#!/usr/bin/env NODE_OPTIONS=--x node\n', '.js'],
    ['#! /usr/local/bin/nodejs', '.js'],
    ['#!/usr/bin/env ts-node --esm\r\n', '.ts'],
    ['#!/usr/bin/env tsx\n', '.ts'],
    ['#!/usr/bin/env python3\n', undefined],
    ['#!/bin/sh\nexec node "$0"\n', undefined],
    ['#!/usr/bin/env\n', undefined],
    ['// #!/usr/bin/env node\n', undefined],
    ['#!/usr/bin/env constructor\n', undefined],
  ];
  for (const [text, expected] of table) {
    it(`${JSON.stringify(text)} -> ${expected}`, () => assert.equal(scriptExtension(text), expected));
  }
});
